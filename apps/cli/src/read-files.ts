import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files given on the command line, with folders walked recursively (sorted, hidden entries skipped). */
export async function listFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) out.push(p); // reported as unreadable by the caller
    else if (s.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && !/\.(jsonl?|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}

export async function readBytes(file: string): Promise<Uint8Array | { error: string }> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    return { error: `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 file not found' : (e as Error).message}` };
  }
}
