import { ALL_CELL_KEYS, TEMPLATES } from '@gongkai/report-format';
import { parseDocument, type ParseErrorCode, type ParseResult } from '../../index';
import { MAX_MS_PER_DOC } from './settings';
import type { Tally } from './tally';

// Exhaustive by type: adding a code to ParseErrorCode without listing it here fails to compile.
const CODE_SET: Record<ParseErrorCode, true> = {
  EMPTY: true, UNSUPPORTED_FORMAT: true, ENCODING: true, CORRUPT: true, TOO_LARGE: true,
  NOT_A_REPORT: true, NO_TABLES: true, SCANNED_PDF: true, TIMEOUT: true,
};
export const ERROR_CODES = new Set(Object.keys(CODE_SET));
const KEYS = new Set(ALL_CELL_KEYS);
const TEMPLATE_TABLES = Object.values(TEMPLATES).flatMap((t) => t.tables);
const TABLE_IDS = new Set<string>(TEMPLATE_TABLES.map((t) => t.id));
const ROW_IDS = new Set(TEMPLATE_TABLES.flatMap((t) => t.rows.map((r) => `${t.id}.${r.key}`)));

/**
 * What every answer of the parser must look like, whatever the input: a report whose cells
 * are canonical keys holding finite numbers or null, or a typed error with a known code, a
 * message and the file's name. Returns the problems found (empty = well formed).
 */
export function problemsOf(result: unknown, fileName: string): string[] {
  const out: string[] = [];
  if (typeof result !== 'object' || result === null || !('ok' in result)) return [`not a ParseResult: ${String(result)}`];
  const r = result as ParseResult;
  if (!r.ok) {
    const e = r.error;
    if (!ERROR_CODES.has(e.code)) out.push(`unknown error code ${String(e.code)}`);
    if (typeof e.message !== 'string' || e.message.trim().length < 4) out.push(`empty or vague message ${JSON.stringify(e.message)}`);
    if (typeof e.where !== 'string' || !e.where.startsWith(fileName)) out.push(`error does not name the file: where=${JSON.stringify(e.where)}`);
    return out;
  }
  const rep = r.report;
  for (const [key, value] of Object.entries(rep.cells)) {
    if (!KEYS.has(key)) out.push(`non-canonical key ${key}`);
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) out.push(`${key} = ${String(value)} is neither a finite number nor null`);
    const d = rep.cellDetails[key];
    if (!d) out.push(`${key} has no cellDetails`);
    else if (d.value !== value && !(Number.isNaN(d.value) && Number.isNaN(value))) out.push(`${key}: cellDetails value ${String(d.value)} ≠ ${String(value)}`);
  }
  for (const key of Object.keys(rep.cellDetails)) if (!(key in rep.cells)) out.push(`cellDetails has ${key} but cells has not`);
  for (const t of rep.missingTables) if (!TABLE_IDS.has(t)) out.push(`missingTables has unknown ${t}`);
  for (const row of rep.missingRows) if (!ROW_IDS.has(row)) out.push(`missingRows has unknown ${row}`);
  if (rep.year !== null && !Number.isInteger(rep.year)) out.push(`year ${rep.year}`);
  if (typeof rep.title !== 'string') out.push('title is not a string');
  return out;
}

/** parseDocument timed, tallied and checked; throws (fails the property) on any broken rule. */
export async function parseChecked(bytes: Uint8Array, fileName: string, tally: Tally, maxMs = MAX_MS_PER_DOC): Promise<ParseResult> {
  const t0 = performance.now();
  let result: ParseResult;
  try {
    result = await parseDocument(bytes, { fileName });
  } catch (e) {
    throw new Error(`${fileName}: parseDocument threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  const ms = performance.now() - t0;
  tally.add(result, ms, `${fileName}, ${bytes.length} B`);
  const problems = problemsOf(result, fileName);
  if (problems.length > 0) throw new Error(`${fileName} (${bytes.length} B): ${problems.join('; ')}`);
  if (ms > maxMs) throw new Error(`${fileName} (${bytes.length} B) took ${ms.toFixed(0)} ms (bound ${maxMs} ms)`);
  return result;
}
