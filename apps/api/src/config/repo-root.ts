import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The monorepo root: the nearest folder up from here whose package.json declares workspaces. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && 'workspaces' in JSON.parse(readFileSync(pkg, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
