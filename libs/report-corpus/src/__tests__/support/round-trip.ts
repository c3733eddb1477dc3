/**
 * The round trip shared by the acceptance tests: generated documents are parsed by
 * @gongkai/report-parser and checked by @gongkai/report-checks; every cell is compared with
 * the truth and the error/warning flags are matched (code + cells) for precision and recall.
 * The parser and checks are imported here only (tests), never by the library.
 */
import { createHash } from 'node:crypto';
import { FLAG_CODES, findCell } from '@gongkai/report-format';
import type { GeneratedDocument, TruthFlag } from '../../index';
import { flagKey } from './sum-rules';

export type Parsed = {
  agency: string | null; region: string[]; year: number | null; template: '2019' | '2021' | null; publishedAt: string | null;
  cells: Record<string, number | null>;
};
export type ParseResult = { ok: true; report: Parsed } | { ok: false; error: { code: string; message: string } };
type Flag = { code: string; severity: string; cells: string[]; expected: unknown; actual: unknown };
export type Parse = (bytes: Uint8Array, opts: { fileName: string }) => ParseResult | Promise<ParseResult>;

export type RoundTrip = {
  docs: number;
  layouts: Map<string, number>;
  failures: string[];
  cellsCompared: number;
  cellsWrong: number;
  accuracy: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  parseSeconds: number;
  seconds: number;
  /** Printable summary: counts, per-code tallies and the first mismatches. */
  report: string;
};

const SEVERITY = new Map(FLAG_CODES.map((f) => [f.code, f.severity]));
const measured = (f: { code: string }) => SEVERITY.get(f.code) !== 'info';

const same = (key: string, a: number | null | undefined, b: number | null | undefined): boolean => {
  if (a === undefined || b === undefined) return a === b;
  if (a === null || b === null) return a === b;
  return findCell(key)?.column.unit === 'wanYuan' ? Math.abs(a - b) < 1e-6 : a === b;
};

/** The parser entry points: `parseDocument` (every layout, async) and `parseDocumentSync` when present. */
export async function loadParser(): Promise<{ parseAsync: Parse; parseSync: Parse | undefined }> {
  // Fails loudly (module not found / export missing) until the parser exists.
  const parser = (await import('@gongkai/report-parser')) as Record<string, unknown>;
  return { parseAsync: parser.parseDocument as Parse, parseSync: parser.parseDocumentSync as Parse | undefined };
}

/** Parses and checks `docs` (in corpus order: the previous year of an agency comes first). */
export async function roundTrip(docs: GeneratedDocument[], parse: Parse): Promise<RoundTrip> {
  const checks = (await import('@gongkai/report-checks')) as Record<string, unknown>;
  const checkReport = checks.checkReport as (r: Parsed) => Flag[];
  const checkAcrossYears = checks.checkAcrossYears as (c: unknown, p: unknown) => Flag[];
  const checkDuplicates = checks.checkDuplicates as (d: unknown[]) => Map<string, Flag[]>;
  if (typeof parse !== 'function' || typeof checkReport !== 'function') throw new Error('parser or checks missing');

  const started = performance.now();
  const reports: Parsed[] = [];
  const failures: string[] = [];
  let cellsCompared = 0;
  let cellsWrong = 0;
  const wrongCells: string[] = [];
  const meta = { agency: 0, region: 0, year: 0, template: 0, publishedAt: 0 };
  const regionMisses: string[] = [];
  for (const d of docs) {
    const res = await parse(d.bytes, { fileName: d.file });
    if (!res.ok) {
      failures.push(`${d.file} [${d.truth.style}]: ${res.error.code} ${res.error.message}`);
      cellsWrong += Object.keys(d.truth.cells).length;
      cellsCompared += Object.keys(d.truth.cells).length;
      reports.push({ agency: null, region: [], year: null, template: null, publishedAt: null, cells: {} });
      continue;
    }
    const r = res.report;
    reports.push(r);
    meta.agency += Number(r.agency === d.truth.agency);
    meta.region += Number(r.region.join('/') === d.truth.region.join('/'));
    if (r.region.join('/') !== d.truth.region.join('/') && regionMisses.length < 10) regionMisses.push(`${d.truth.agency}: region expected ${d.truth.region.join('/')} got ${r.region.join('/')}`);
    meta.year += Number(r.year === d.truth.year);
    meta.template += Number(r.template === d.truth.template);
    meta.publishedAt += Number(r.publishedAt === d.truth.publishedAt);
    for (const key of new Set([...Object.keys(d.truth.cells), ...Object.keys(r.cells)])) {
      cellsCompared++;
      if (!same(key, d.truth.cells[key], r.cells[key])) {
        cellsWrong++;
        if (wrongCells.length < 25) wrongCells.push(`${d.file} [${d.truth.style}; ${d.truth.mistakes.join(',')}] ${key}: expected ${d.truth.cells[key]} got ${r.cells[key]}`);
      }
    }
  }
  const parseSeconds = (performance.now() - started) / 1000;

  // Checks: the report itself, the previous year of the same agency, duplicates in order.
  const firstOf = new Map<string, number>();
  docs.forEach((d, i) => { const k = `${d.truth.agencyId}:${d.truth.year}`; if (!firstOf.has(k)) firstOf.set(k, i); });
  const dupFlags = checkDuplicates(docs.map((d, i) => ({
    id: d.file, agencyKey: reports[i].agency ?? `unknown:${d.file}`, year: reports[i].year ?? 0,
    contentHash: createHash('sha1').update(d.bytes).digest('hex'),
  })));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byCode = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (code: string, k: 'tp' | 'fp' | 'fn') => {
    const c = byCode.get(code) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    byCode.set(code, c);
  };
  const examples: string[] = [];
  docs.forEach((d, i) => {
    const r = reports[i];
    if (!r.year) return;
    const got: Flag[] = [...checkReport(r), ...(dupFlags.get(d.file) ?? [])];
    const prevIndex = firstOf.get(`${d.truth.agencyId}:${d.truth.year - 1}`);
    if (prevIndex !== undefined && reports[prevIndex].year) {
      const p = reports[prevIndex];
      got.push(...checkAcrossYears({ year: r.year, template: r.template, cells: r.cells }, { year: p.year, template: p.template, cells: p.cells }));
    }
    const want = new Map<string, number>();
    for (const f of d.truth.flags.filter(measured)) want.set(flagKey(f), (want.get(flagKey(f)) ?? 0) + 1);
    for (const f of got.filter(measured)) {
      const k = flagKey(f);
      if ((want.get(k) ?? 0) > 0) { want.set(k, (want.get(k) as number) - 1); tp++; count(f.code, 'tp'); continue; }
      fp++;
      count(f.code, 'fp');
      if (examples.length < 25) examples.push(`FP ${d.file} [${d.truth.style}; ${d.truth.mistakes.join(',')}] ${f.code} [${f.cells.join(',')}] expected=${String(f.expected)} actual=${String(f.actual)}`);
    }
    for (const [k, n] of want) {
      for (let j = 0; j < n; j++) {
        fn++;
        count(k.split('|')[0], 'fn');
        const t = d.truth.flags.find((f: TruthFlag) => flagKey(f) === k);
        if (examples.length < 50) examples.push(`FN ${d.file} [${d.truth.style}; ${d.truth.mistakes.join(',')}] ${k} expected=${String(t?.expected)} actual=${String(t?.actual)}`);
      }
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const accuracy = 1 - cellsWrong / Math.max(1, cellsCompared);
  const layouts = new Map<string, number>();
  for (const d of docs) layouts.set(d.truth.layout, (layouts.get(d.truth.layout) ?? 0) + 1);
  const report = [
    `round trip: ${docs.length} documents (${[...layouts].map(([l, n]) => `${l} ${n}`).join(', ')}), parsed in ${parseSeconds.toFixed(1)} s, total ${seconds.toFixed(1)} s`,
    `parse failures: ${failures.length}`, ...failures.slice(0, 10),
    `cells: ${cellsCompared} compared, ${cellsWrong} wrong, accuracy ${accuracy.toFixed(6)}`, ...wrongCells,
    `metadata: agency ${meta.agency}/${docs.length}, region ${meta.region}, year ${meta.year}, template ${meta.template}, publishedAt ${meta.publishedAt}`, ...regionMisses,
    `flags (error+warning): tp ${tp}, fp ${fp}, fn ${fn}, precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`,
    ...[...byCode].sort().map(([c, v]) => `  ${c}: tp ${v.tp} fp ${v.fp} fn ${v.fn}`),
    ...examples,
  ].join('\n');
  return { docs: docs.length, layouts, failures, cellsCompared, cellsWrong, accuracy, tp, fp, fn, precision, recall, parseSeconds, seconds, report };
}
