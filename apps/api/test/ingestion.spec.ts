import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, type GeneratedDocument } from '@gongkai/report-corpus';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, gqlOk, uploadGraphql, uploadHttp, type FileResult } from './support/api';
import { tableCounts } from './support/db';
import { loadedTruth, SHARED_REPORTS } from './support/demo-truth';

const demoAgencies = new Set(loadedTruth().map((t) => t.agency));
/** Agencies of their own (not in the demo data) and years after it (2026–2027), so the demo numbers other tests check stay put. */
const docs: GeneratedDocument[] = [...generateCorpus({ agencies: 6, fromYear: 2026, toYear: 2027, seed: 'api-ingestion-test', mistakeRate: 0.5 })]
  .filter((d) => !demoAgencies.has(d.truth.agency) && !d.truth.duplicateOf);
const asUpload = (d: GeneratedDocument) => ({ fileName: d.file.replace(/\//g, '_'), bytes: d.bytes });
const flagKey = (f: { code: string; cells: string[] }) => `${f.code}:${f.cells.join(',')}`;

let admin: string;
beforeAll(async () => {
  admin = await adminToken();
});

describe('ingestion', () => {
  it('ingests generated documents over GraphQL multipart and raises exactly the truth flags', async () => {
    const batch = docs.slice(0, 4);
    const r = await uploadGraphql(batch.map(asUpload), admin);
    expect(r.errors).toBeUndefined();
    const results = r.data!.uploadReports;
    expect(results.map((x) => [x.ok, x.duplicate])).toEqual(batch.map(() => [true, false]));
    for (const [i, doc] of batch.entries()) {
      const d = await gqlOk<{ report: { year: number; agency: { name: string }; tables: { rows: { cells: { key: string; value: number | null }[] }[] }[]; flags: { code: string; severity: string; cells: string[] }[] } }>(
        `query($id: ID!) { report(id: $id) { year agency { name } tables { rows { cells { key value } } } flags { code severity cells } } }`, { id: results[i].reportId });
      expect([d.report.agency.name, d.report.year]).toEqual([doc.truth.agency, doc.truth.year]);
      const values = Object.fromEntries(d.report.tables.flatMap((t) => t.rows.flatMap((row) => row.cells.map((c) => [c.key, c.value]))));
      for (const [key, value] of Object.entries(doc.truth.cells)) expect(values[key], `${doc.file} ${key}`).toBe(value);
      // Every flag the truth expects, and no error or warning it does not (info flags may add context).
      const got = d.report.flags.map(flagKey);
      for (const f of doc.truth.flags) expect(got, doc.file).toContain(flagKey(f));
      const expected = new Set(doc.truth.flags.map(flagKey));
      const extra = d.report.flags.filter((f) => f.severity !== 'INFO' && !expected.has(flagKey(f)));
      expect(extra, doc.file).toEqual([]);
    }
  });

  it('recognises the same document by its content hash and adds nothing', async () => {
    const before = await tableCounts();
    const again = await uploadGraphql([asUpload(docs[0])], admin);
    expect(again.data!.uploadReports[0]).toMatchObject({ ok: true, duplicate: true, replaced: false });
    expect(await tableCounts()).toEqual(before);
  });

  it('reports a broken file by name, leaves nothing behind, and ingests the rest', async () => {
    const before = await tableCounts();
    const broken = [
      { fileName: 'garbage.txt', bytes: new TextEncoder().encode('这不是一份年度报告。\n只是几行字。') },
      { fileName: 'truncated.docx', bytes: docs[0].bytes.slice(0, 200) },
    ];
    const r = await uploadGraphql(broken, admin);
    const results = r.data!.uploadReports;
    expect(results.map((x) => x.ok)).toEqual([false, false]);
    expect(results[0].error).toContain('garbage.txt');
    expect(results[1].error).toContain('truncated.docx');
    expect(await tableCounts()).toEqual(before);
    const mixed = await uploadHttp([broken[0], asUpload(docs[4])], admin);
    expect(mixed.status).toBe(201);
    expect((mixed.body as FileResult[]).map((x) => x.ok)).toEqual([false, true]);
  });

  it('unpacks a zip posted to /api/upload', async () => {
    const rest = docs.slice(5, 7);
    const zip = zipSync(Object.fromEntries(rest.map((d) => [d.file, d.bytes])));
    const r = await uploadHttp([{ fileName: 'batch.zip', bytes: zip }], admin);
    expect(r.status).toBe(201);
    const results = r.body as FileResult[];
    expect(results.map((x) => [x.fileName, x.ok]).sort()).toEqual(rest.map((d) => [d.file, true]).sort());
  });

  it('makes a new version current and keeps the old one as history', async () => {
    const original = readFileSync(join(SHARED_REPORTS, 'huaibei-gongan-2022.txt'), 'utf8');
    const before = await gqlOk<{ reports: { totalCount: number; edges: { node: { id: string } }[] } }>(`{ reports(filter: { search: "淮北市公安局" }) { totalCount edges { node { id } } } }`);
    const oldId = before.reports.edges[0].node.id;
    const total = (await gqlOk<{ reports: { totalCount: number } }>(`{ reports { totalCount } }`)).reports.totalCount;
    const revised = original.replace('淮北市公安局', '淮北市公安局 ') + '\n（本报告于发布后更正。）\n';
    const r = await uploadGraphql([{ fileName: 'huaibei-gongan-2022-v2.txt', bytes: new TextEncoder().encode(revised) }], admin);
    const res = r.data!.uploadReports[0];
    expect(res).toMatchObject({ ok: true, duplicate: false, replaced: true });
    const d = await gqlOk<{ report: { status: string; agency: { name: string; aliases: string[] }; versions: { id: string; status: string }[] }; old: { status: string } }>(
      `query($id: ID!, $old: ID!) { report(id: $id) { status agency { name aliases } versions { id status } } old: report(id: $old) { status } }`, { id: res.reportId, old: oldId });
    expect(d.report.status).toBe('current');
    expect(d.report.versions).toEqual([{ id: oldId, status: 'superseded' }]);
    expect(d.old.status).toBe('superseded');
    expect(d.report.agency.name).toBe('淮北市公安局');
    expect((await gqlOk<{ reports: { totalCount: number } }>(`{ reports { totalCount } }`)).reports.totalCount).toBe(total);
  });

  it('keeps a review decision across a recheck and a re-ingest of the same document', async () => {
    const supervisor = admin;
    const d = await gqlOk<{ reports: { edges: { node: { id: string } }[] } }>(`{ reports(filter: { search: "淮北市公安局" }) { edges { node { id } } } }`);
    const reportId = d.reports.edges[0].node.id;
    const flags = await gqlOk<{ flags: { nodes: { id: string; code: string }[] } }>(`query($r: ID) { flags(filter: { reportId: $r }) { nodes { id code } } }`, { r: reportId });
    const flag = flags.flags.nodes.find((f) => f.code === 'TEXT_ITEMIZATION')!;
    await gqlOk(`mutation($id: ID!) { reviewFlag(id: $id, decision: DISMISSED, note: "分项为示例，非全部类别") { id } }`, { id: flag.id }, supervisor);
    expect(await gqlOk<{ recheck: number }>(`mutation($ids: [ID!]) { recheck(reportIds: $ids) }`, { ids: [reportId] }, admin)).toEqual({ recheck: 1 });
    const revised = readFileSync(join(SHARED_REPORTS, 'huaibei-gongan-2022.txt'), 'utf8').replace('淮北市公安局', '淮北市公安局 ') + '\n（本报告于发布后更正。）\n';
    const again = await uploadGraphql([{ fileName: 'same-again.txt', bytes: new TextEncoder().encode(revised) }], admin);
    expect(again.data!.uploadReports[0]).toMatchObject({ duplicate: true, reportId });
    const after = await gqlOk<{ flags: { nodes: { id: string; code: string; status: string; note: string; reviewer: string }[] } }>(
      `query($r: ID) { flags(filter: { reportId: $r }) { nodes { id code status note reviewer } } }`, { r: reportId });
    expect(after.flags.nodes.find((f) => f.code === 'TEXT_ITEMIZATION')).toEqual({ id: flag.id, code: 'TEXT_ITEMIZATION', status: 'DISMISSED', note: '分项为示例，非全部类别', reviewer: 'admin@test.local' });
    const log = await gqlOk<{ auditLog: { action: string }[] }>(`{ auditLog { action } }`, {}, admin);
    for (const action of ['upload', 'review', 'recheck', 'login']) expect(log.auditLog.map((e) => e.action)).toContain(action);
  });
});
