import { templateForYear, type CellDef, type CellValues, type RowDef, type SectionId, type TableId, type TemplateId } from '@gongkai/report-format';
import { foldText } from './text/spans';
import type { CheckInput } from './types';
import { orderedCells } from './util/order';
import { outcomeRowsOf, presentRows } from './util/rows';

/** What every single-report rule sees: the input plus a few lookups. */
export type ReportContext = {
  input: CheckInput;
  /** The template of the tables; the year's template when the parser could not tell; null = free-form. */
  template: TemplateId | null;
  cells: CellValues;
  /** The publication date to judge (options win over the document), yyyy-mm-dd. */
  publishedAt: string | null;
  /** The key is in the report (blank or not). */
  has(key: string): boolean;
  /** The cell has text that is not a number: its value is unknown, not blank. */
  isInvalid(key: string): boolean;
  /** The report's cells (keys of `cells`) in template order (util/order: keysInOrder); computed once. */
  orderedCells(): readonly CellDef[];
  /** Same, with the keys that only `cellDetails` has as invalid (VALUE_INVALID reads those too). */
  orderedCellsWithInvalid(): readonly CellDef[];
  /** The template table's rows that have a key in the report (util/rows: presentRows); computed once. */
  presentRows(table: TableId): readonly RowDef[];
  /** Table 3's outcome rows (util/rows: t3OutcomeRows); computed once. */
  t3OutcomeRows(): readonly RowDef[];
  /** The sections with their text folded for matching (text/spans: foldText); computed once. */
  foldedSections(): readonly { id: SectionId; text: string }[];
};

/** A value computed on first use and kept for the rest of the report's checks. */
function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/** `cellKeys`: Object.keys(input.cells) when the caller already has them. */
export function makeContext(input: CheckInput, publishedAt: string | null, cellKeys: readonly string[] = Object.keys(input.cells)): ReportContext {
  const template = input.template ?? (input.year != null ? templateForYear(input.year) : null);
  const cells = input.cells;
  const details = input.cellDetails ?? {};
  // Most reports have no invalid cell: a Set of those few answers isInvalid without a lookup per key.
  const invalid = new Set<string>();
  // VALUE_INVALID also lists keys that only cellDetails has (as invalid).
  const extraInvalid: string[] = [];
  for (const key of Object.keys(details)) {
    const flag = details[key]?.invalid;
    if (!flag) continue;
    if (flag === true) invalid.add(key);
    if (!Object.prototype.hasOwnProperty.call(cells, key)) extraInvalid.push(key);
  }
  const rowsByTable = new Map<TableId, readonly RowDef[]>();
  const ctx: ReportContext = {
    input,
    template,
    cells,
    publishedAt,
    has: (key) => Object.prototype.hasOwnProperty.call(cells, key),
    isInvalid: (key) => invalid.size > 0 && invalid.has(key),
    orderedCells: lazy(() => orderedCells(template, cellKeys)),
    orderedCellsWithInvalid: lazy(() => (extraInvalid.length === 0 ? ctx.orderedCells() : orderedCells(template, [...cellKeys, ...extraInvalid]))),
    presentRows: (table) => {
      let rows = rowsByTable.get(table);
      if (!rows) rowsByTable.set(table, (rows = template ? presentRows(ctx, template, table) : []));
      return rows;
    },
    t3OutcomeRows: lazy(() => (template ? outcomeRowsOf(ctx.presentRows('t3')) : [])),
    foldedSections: lazy(() => input.sections.map((s) => ({ id: s.id, text: foldText(s.text) }))),
  };
  return ctx;
}
