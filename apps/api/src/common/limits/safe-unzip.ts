import { basename, extname } from 'node:path';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { mb } from './upload-limits';
import { UploadRejection } from './upload-rejection';

export type ZipMember = { fileName: string; bytes: Uint8Array };
export type ZipBounds = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number };

/** Members we read as documents; others (images, __MACOSX, folders) are skipped. */
const DOCUMENT = new Set(['.txt', '.htm', '.html', '.xhtml', '.shtml', '.docx', '.pdf']);
const isDocument = (name: string): boolean =>
  !name.endsWith('/') && DOCUMENT.has(extname(name).toLowerCase()) && !basename(name).startsWith('.') && !name.startsWith('__MACOSX/');

/** Small input slices bound what one inflate step can produce (deflate expands at most ~1032×). */
const SLICE = 16 * 1024;

/** `../x`, `/etc/x`, `C:\x` and `\\host\x` entries: refused (we never write them, but nobody sends them innocently). */
export function unsafeZipPath(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  return n.startsWith('/') || /^[a-zA-Z]:/.test(n) || n.split('/').includes('..') || n.includes('\0');
}

/**
 * What a ZIP holds, from its central directory (nothing is inflated): a Word document (a .docx
 * is a zip too), an archive of files, or unreadable (truncated or corrupt: the parser names it).
 */
export function zipKind(bytes: Uint8Array): 'docx' | 'archive' | 'unreadable' {
  try {
    let docx = false;
    unzipSync(bytes, { filter: (f) => { if (f.name === 'word/document.xml') docx = true; return false; } });
    return docx ? 'docx' : 'archive';
  } catch {
    return 'unreadable';
  }
}

/**
 * The document members of a zip, unpacked with every bound checked while inflating: entry
 * count, paths, bytes per member and in total (a zip bomb stops at the bound, not in memory).
 * Any violation refuses the whole archive.
 */
export function safeUnzip(archiveName: string, bytes: Uint8Array, bounds: ZipBounds): ZipMember[] {
  const members: ZipMember[] = [];
  let entries = 0;
  let total = 0;
  // fflate catches what a handler throws and hands it back as `err`: keep the first refusal.
  let failure: UploadRejection | null = null;
  const refuse = (r: UploadRejection): never => {
    failure ??= r;
    throw failure;
  };
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    entries += 1;
    if (entries > bounds.maxEntries) refuse(new UploadRejection('ZIP_TOO_MANY_ENTRIES', archiveName, `more than ${bounds.maxEntries} entries`));
    if (unsafeZipPath(file.name)) refuse(new UploadRejection('ZIP_UNSAFE_PATH', archiveName, `entry "${file.name}" points outside the archive`));
    if (!isDocument(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) throw failure;
      if (err) refuse(new UploadRejection('ZIP_CORRUPT', archiveName, `entry "${file.name}": ${err.message}`));
      size += chunk.length;
      total += chunk.length;
      if (size > bounds.maxEntryBytes) refuse(new UploadRejection('ZIP_TOO_LARGE_UNPACKED', archiveName, `entry "${file.name}" unpacks to more than ${mb(bounds.maxEntryBytes)}`));
      if (total > bounds.maxTotalBytes) refuse(new UploadRejection('ZIP_TOO_LARGE_UNPACKED', archiveName, `unpacks to more than ${mb(bounds.maxTotalBytes)}`));
      chunks.push(chunk);
      if (final) members.push({ fileName: file.name.replace(/\\/g, '/'), bytes: concat(chunks, size) });
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length; at += SLICE) unzip.push(bytes.subarray(at, Math.min(at + SLICE, bytes.length)), at + SLICE >= bytes.length);
  } catch (e) {
    if (failure) throw failure;
    if (e instanceof UploadRejection) throw e;
    throw new UploadRejection('ZIP_CORRUPT', archiveName, (e as Error).message);
  }
  if (failure) throw failure;
  return members.sort((a, b) => a.fileName.localeCompare(b.fileName));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
