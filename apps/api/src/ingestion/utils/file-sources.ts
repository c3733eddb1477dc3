import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';

export type InputFile = { fileName: string; bytes: Uint8Array };

/** Extensions of the documents we read; anything else in a folder or zip is skipped. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.htm', '.html', '.xhtml', '.shtml', '.docx', '.pdf']);

const isDocument = (name: string): boolean => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()) && !basename(name).startsWith('.');

/** The documents of a zip archive (nested folders flattened into their paths). */
export function filesFromZip(bytes: Uint8Array): InputFile[] {
  const entries = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && isDocument(f.name) });
  return Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([fileName, data]) => ({ fileName, bytes: data }));
}

/** Every document under a folder (recursively, sorted by path), or in a .zip file. */
export function filesFromPath(path: string): InputFile[] {
  const st = statSync(path);
  if (st.isFile()) {
    const bytes = readFileSync(path);
    return extname(path).toLowerCase() === '.zip' ? filesFromZip(bytes) : [{ fileName: basename(path), bytes }];
  }
  const out: InputFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (isDocument(name)) out.push({ fileName: relative(path, full), bytes: readFileSync(full) });
    }
  };
  walk(path);
  return out;
}

/**
 * The documents under folders (recursively, sorted) or in zips, read one by one as they are
 * consumed: a bulk import of 100,000 files does not hold them all in memory.
 */
export function lazyFilesFromPaths(paths: readonly string[]): { count: number; files: Iterable<InputFile> } {
  const entries: (InputFile | { fileName: string; path: string })[] = [];
  const walk = (root: string, dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(root, full);
      else if (isDocument(name)) entries.push({ fileName: relative(root, full), path: full });
    }
  };
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p, p);
    else entries.push(...filesFromPath(p));
  }
  const files = (function* () {
    for (const e of entries) yield 'bytes' in e ? e : { fileName: e.fileName, bytes: readFileSync(e.path) };
  })();
  return { count: entries.length, files };
}
