import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeUnzip, unsafeZipPath } from '../safe-unzip';
import { gateUploads } from '../upload-gate';
import { type UploadLimits } from '../upload-limits';
import { UploadRejection } from '../upload-rejection';

const report = readFileSync(join(__dirname, '../../../../../../../shared/reports/huaibei-gongan-2022.txt'));
const pdf = readFileSync(join(__dirname, '../../../../../../../shared/reports/hongze-2023.pdf'));
const limits: UploadLimits = { maxFileBytes: 1024 * 1024, maxFiles: 10, maxTotalBytes: 4 * 1024 * 1024, maxZipEntries: 20 };
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return e instanceof UploadRejection ? e.code : `other: ${(e as Error).message}`;
  }
  return 'accepted';
};

describe('safeUnzip', () => {
  it('unpacks the documents of an archive and skips the rest', () => {
    const zip = zipSync({ 'a/r1.txt': report, 'b/r2.pdf': pdf, 'logo.png': new Uint8Array([1, 2]), '__MACOSX/._r1.txt': new Uint8Array([0]) });
    const out = safeUnzip('x.zip', zip, { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 22 });
    expect(out.map((m) => [m.fileName, m.bytes.length])).toEqual([['a/r1.txt', report.length], ['b/r2.pdf', pdf.length]]);
  });

  it('stops a zip bomb at the bound while inflating', () => {
    // 64 MB of zeros compress to ~64 KB: far over the 1 MB bound per entry.
    const bomb = zipSync({ 'big.txt': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().rss;
    expect(codeOf(() => safeUnzip('bomb.zip', bomb, { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 22 }))).toBe('ZIP_TOO_LARGE_UNPACKED');
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
    // Many small members that add up: the total bound.
    const wide = zipSync(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`m${i}.txt`, new Uint8Array(900 * 1024)])));
    expect(codeOf(() => safeUnzip('wide.zip', wide, { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 4 << 20 }))).toBe('ZIP_TOO_LARGE_UNPACKED');
  });

  it('refuses too many entries and paths that leave the archive', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${i}.txt`, report])));
    expect(codeOf(() => safeUnzip('many.zip', many, { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 22 }))).toBe('ZIP_TOO_MANY_ENTRIES');
    for (const bad of ['../evil.txt', 'a/../../evil.txt', '/etc/evil.txt', 'C:\\evil.txt', 'a\\..\\..\\evil.txt']) expect(unsafeZipPath(bad), bad).toBe(true);
    for (const ok of ['a/b.txt', 'a..b.txt', '报告/2022.txt']) expect(unsafeZipPath(ok), ok).toBe(false);
    const evil = zipSync({ 'ok.txt': report, '../evil.txt': report });
    expect(codeOf(() => safeUnzip('evil.zip', evil, { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 22 }))).toBe('ZIP_UNSAFE_PATH');
  });
});

describe('gateUploads', () => {
  it('decides the type by the bytes and names every refused file with its reason', () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const { documents, rejected } = gateUploads([
      { fileName: 'report.pdf', bytes: report },            // text bytes named .pdf
      { fileName: 'renamed.txt', bytes: pdf },               // PDF bytes named .txt: read as a PDF
      { fileName: 'tool.txt', bytes: elf },
      { fileName: 'photo.html', bytes: png },
      { fileName: 'empty.txt', bytes: new Uint8Array(0) },
      { fileName: 'huge.txt', bytes: new Uint8Array(limits.maxFileBytes + 1).fill(0x41) },
      { fileName: 'archive.docx', bytes: zipSync({ 'x.txt': report }) },
      { fileName: 'plain.txt', bytes: report },
    ], limits);
    expect(documents.map((d) => d.fileName)).toEqual(['renamed.txt', 'plain.txt']);
    expect(rejected.map((r) => [r.fileName, r.code])).toEqual([
      ['report.pdf', 'TYPE_MISMATCH'], ['tool.txt', 'UNSUPPORTED_FORMAT'], ['photo.html', 'UNSUPPORTED_FORMAT'],
      ['empty.txt', 'EMPTY'], ['huge.txt', 'FILE_TOO_LARGE'], ['archive.docx', 'TYPE_MISMATCH'],
    ]);
    for (const r of rejected) expect(r.message.startsWith(`${r.fileName}: ${r.code}: `)).toBe(true);
    expect(rejected[1].message).toContain('ELF');
  });

  it('unpacks a zip by its bytes whatever its name, and refuses nested archives by member name', () => {
    const inner = zipSync({ 'deep.txt': report });
    const { documents, rejected } = gateUploads([{ fileName: 'batch.bin', bytes: zipSync({ 'r.txt': report, 'nested.docx': inner }) }], limits);
    expect(documents.map((d) => d.fileName)).toEqual(['r.txt']);
    expect(rejected.map((r) => [r.fileName, r.code])).toEqual([['nested.docx', 'ZIP_NESTED_ARCHIVE']]);
    expect(rejected[0].message).toContain('(in batch.bin)');
  });

  it('throws 413 when one request carries too many files or too many bytes', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ fileName: `r${i}.txt`, bytes: report }));
    expect(() => gateUploads(eleven, limits)).toThrow(/too many files in one upload: more than 10/);
    const heavy = Array.from({ length: 5 }, (_, i) => ({ fileName: `h${i}.txt`, bytes: new Uint8Array(1000 * 1024).fill(0x41) }));
    expect(() => gateUploads(heavy, limits)).toThrow(/upload too large: more than 4\.0 MB/);
  });
});
