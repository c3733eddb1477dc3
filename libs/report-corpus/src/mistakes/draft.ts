import { flagCode, TABLE3_COLUMNS, type CellValues, type SectionId, type TableId, type TemplateId } from '@gongkai/report-format';
import type { YearState } from '../simulate';
import type { Agency, TruthFlag } from '../types';

/** A report being decided: the mistakes edit it, then it becomes a ReportModel. */
export type Draft = {
  agency: Agency;
  year: number;
  state: YearState;
  template: TemplateId;
  singleOtherRow: boolean;
  cells: CellValues;
  cellText: Record<string, string>;
  missingTables: TableId[];
  missingRows: string[];
  missingSections: SectionId[];
  feeUnit: '万元' | '元';
  publishedAt: string;
  itemization: { total: number; items: [string, number][] };
  /** Narrative statements that deliberately disagree with the tables. */
  textOverrides: { newRequests?: number; claimNone?: boolean; reviewCount?: number };
  duplicate: boolean;
  flags: TruthFlag[];
  mistakes: string[];
};

/** Last year's published document of the same agency, as far as a mistake needs it. */
export type PreviousYear = { template: TemplateId; cells: CellValues } | null;

export const T3_COLS = TABLE3_COLUMNS.map((c) => c.key);
export const APPLICANT_COLS = T3_COLS.filter((c) => c !== 'total');

export function addFlag(d: Draft, code: string, cells: string[], expected: TruthFlag['expected'] = null, actual: TruthFlag['actual'] = null): void {
  d.flags.push({ code, severity: flagCode(code).severity, cells, expected, actual });
}

/** Row keys of table 3 present in the draft, in template order. */
export function t3Rows(d: Draft): string[] {
  const rows: string[] = [];
  for (const k of Object.keys(d.cells)) {
    if (!k.startsWith('t3.') || !k.endsWith('.total')) continue;
    rows.push(k.slice(3, -'.total'.length));
  }
  return rows;
}

const OUTCOME = /^(granted|partiallyGranted|denied\.|unavailable\.|notProcessed\.|otherProcessing)/;
/** Outcome rows (not （七）总计) present in the draft, in template order. */
export const outcomeRows = (d: Draft): string[] => t3Rows(d).filter((r) => OUTCOME.test(r));

export const rowKeys = (row: string): string[] => T3_COLS.map((c) => `t3.${row}.${c}`);
export const outcomeSumCells = (d: Draft, col: string): string[] => [`t3.total.${col}`, ...outcomeRows(d).map((r) => `t3.${r}.${col}`)];
export const balanceCells = (col: string): string[] => ['newRequests', 'carriedOver', 'total', 'carriedForward'].map((r) => `t3.${r}.${col}`);
export const num = (d: Draft, key: string): number => d.cells[key] ?? 0;
export function bump(d: Draft, key: string, by: number): void {
  if (!(key in d.cells)) throw new Error(`cell ${key} is not in the draft`);
  d.cells[key] = num(d, key) + by;
}
