import { templateForYear, type CellValues, type TemplateId } from '@gongkai/report-format';
import type { CheckInput } from './types';

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
};

export function makeContext(input: CheckInput, publishedAt: string | null): ReportContext {
  const template = input.template ?? (input.year != null ? templateForYear(input.year) : null);
  const cells = input.cells;
  const details = input.cellDetails ?? {};
  return {
    input,
    template,
    cells,
    publishedAt,
    has: (key) => Object.prototype.hasOwnProperty.call(cells, key),
    isInvalid: (key) => details[key]?.invalid === true,
  };
}
