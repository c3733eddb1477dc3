import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '@gongkai/report-corpus';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, apiUrl, gqlOk, uploadGraphql, uploadHttp, type FileResult } from './support/api';
import { tableCounts } from './support/db';
import { loadedTruth, SHARED_REPORTS } from './support/demo-truth';

// The global setup bounds uploads to 2 MB per file, 40 files and 8 MB per request, 60 zip entries.
const MB = 1024 * 1024;
const report = readFileSync(join(SHARED_REPORTS, 'huaibei-gongan-2022.txt'));
const text = (s: string) => new TextEncoder().encode(s);

let admin: string;
beforeAll(async () => {
  admin = await adminToken();
});

const errorsOf = (results: FileResult[]) => Object.fromEntries(results.map((r) => [r.fileName, r.error]));

describe('upload limits (both doors), nothing of a refused file stored', () => {
  it('refuses files by their bytes, naming each file and the reason, over /api/upload and GraphQL', async () => {
    const files = [
      { fileName: 'big.txt', bytes: new Uint8Array(2 * MB + 10).fill(0x41) },
      { fileName: 'program.txt', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0]) },
      { fileName: 'fake.pdf', bytes: report },
      { fileName: 'empty.html', bytes: new Uint8Array(0) },
    ];
    for (const door of ['http', 'graphql'] as const) {
      const before = await tableCounts();
      const results = door === 'http' ? ((await uploadHttp(files, admin)).body as FileResult[]) : (await uploadGraphql(files, admin)).data!.uploadReports;
      expect(results.every((r) => !r.ok && r.reportId == null), door).toBe(true);
      const errors = errorsOf(results);
      expect(errors['big.txt'], door).toMatch(/^big\.txt: FILE_TOO_LARGE: .*over the 2\.0 MB limit per file$/);
      expect(errors['program.txt'], door).toBe('program.txt: UNSUPPORTED_FORMAT: the bytes are a Windows program (MZ), not a report');
      expect(errors['fake.pdf'], door).toBe('fake.pdf: TYPE_MISMATCH: named .pdf but the bytes are text');
      expect(errors['empty.html'], door).toBe('empty.html: EMPTY: the file is empty (0 bytes)');
      expect(await tableCounts(), door).toEqual(before);
    }
    const log = await gqlOk<{ auditLog: { actor: string; action: string; detail: { files: { file: string; code: string }[] } }[] }>(`{ auditLog(first: 5) { actor action detail } }`, {}, admin);
    const entry = log.auditLog.find((e) => e.action === 'upload.rejected')!;
    expect(entry.actor).toBe('admin@test.local');
    expect(entry.detail.files.map((f) => f.file).sort()).toEqual(['big.txt', 'empty.html', 'fake.pdf', 'program.txt']);
  });

  it('refuses zip bombs, too many entries and unsafe paths, storing nothing of the archive', async () => {
    const bomb = zipSync({ 'a.txt': report, 'zeros.txt': new Uint8Array(64 * MB) }, { level: 9 });
    expect(bomb.length).toBeLessThan(MB);
    const many = zipSync(Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`r${i}.txt`, text(`r${i}`)])));
    const evil = zipSync({ 'ok.txt': report, '../../etc/evil.txt': report });
    const absolute = zipSync({ '/tmp/evil.txt': report });
    const before = await tableCounts();
    const r = await uploadHttp([
      { fileName: 'bomb.zip', bytes: bomb }, { fileName: 'many.zip', bytes: many }, { fileName: 'evil.zip', bytes: evil }, { fileName: 'abs.zip', bytes: absolute },
    ], admin);
    expect(r.status).toBe(201);
    const errors = errorsOf(r.body as FileResult[]);
    expect(errors['bomb.zip']).toBe('bomb.zip: ZIP_TOO_LARGE_UNPACKED: entry "zeros.txt" unpacks to more than 2.0 MB');
    expect(errors['many.zip']).toBe('many.zip: ZIP_TOO_MANY_ENTRIES: more than 60 entries');
    expect(errors['evil.zip']).toBe('evil.zip: ZIP_UNSAFE_PATH: entry "../../etc/evil.txt" points outside the archive');
    expect(errors['abs.zip']).toBe('abs.zip: ZIP_UNSAFE_PATH: entry "/tmp/evil.txt" points outside the archive');
    expect(Object.keys(errors).sort()).toEqual(['abs.zip', 'bomb.zip', 'evil.zip', 'many.zip']);
    expect(await tableCounts()).toEqual(before);
  });

  it('answers 413 with a clear message for too many files or too many bytes in one request', async () => {
    const before = await tableCounts();
    const tooMany = await uploadHttp(Array.from({ length: 41 }, (_, i) => ({ fileName: `n${i}.txt`, bytes: text(`第${i}份`) })), admin);
    expect(tooMany.status).toBe(413);
    expect((tooMany.body as { message: string }).message).toBe('too many files in one upload: "n40.txt" is number 41, the limit is 40');
    const heavy = Array.from({ length: 5 }, (_, i) => ({ fileName: `h${i}.txt`, bytes: new Uint8Array(1.9 * MB).fill(0x42) }));
    const tooBig = await uploadHttp(heavy, admin);
    expect(tooBig.status).toBe(413);
    expect((tooBig.body as { message: string }).message).toBe('upload too large: more than 8.0 MB in one request (stopped in "h4.txt")');
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: 'mutation($f: [Upload!]!) { uploadReports(files: $f) { ok } }', variables: { f: Array(41).fill(null) } }));
    form.append('map', JSON.stringify(Object.fromEntries(Array.from({ length: 41 }, (_, i) => [String(i), [`variables.f.${i}`]]))));
    for (let i = 0; i < 41; i++) form.append(String(i), new Blob([text('x')]), `g${i}.txt`);
    const gqlTooMany = await fetch(`${apiUrl()}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form });
    expect(gqlTooMany.status).toBe(413);
    expect(await gqlTooMany.json()).toEqual({ statusCode: 413, message: '40 max file uploads exceeded.' });
    expect(await tableCounts()).toEqual(before);
  });

  it('still ingests the good files of a request that had refused ones', async () => {
    const before = await tableCounts();
    // A year after the demo data and an agency of its own, so the dashboard numbers other tests check stay put.
    const demo = new Set(loadedTruth().map((t) => t.agency));
    const doc = [...generateCorpus({ agencies: 3, fromYear: 2027, toYear: 2027, seed: 'upload-limits', layouts: ['text'] })].find((d) => !demo.has(d.truth.agency) && !d.truth.duplicateOf)!;
    const fresh = doc.bytes;
    const r = await uploadHttp([{ fileName: 'ok.txt', bytes: fresh }, { fileName: 'bad.pdf', bytes: text('plain') }], admin);
    const results = r.body as FileResult[];
    expect(results.map((x) => [x.fileName, x.ok])).toEqual([['ok.txt', true], ['bad.pdf', false]]);
    const after = await tableCounts();
    expect(after.reports).toBe(before.reports + 1);
    const d = await gqlOk<{ report: { tables: { rows: { cells: unknown[] }[] }[] } }>(`query($id: ID!) { report(id: $id) { tables { rows { cells { key } } } } }`, { id: results[0].reportId });
    const cells = d.report.tables.flatMap((t) => t.rows.flatMap((row) => row.cells)).length;
    expect(after.cells - before.cells).toBe(cells);
    expect(apiUrl()).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});
