import { makeContext } from './context';
import { REPORT_RULES } from './registry';
import type { CheckInput, CheckOptions, Flag } from './types';
import { isoDate } from './util/dates';
import { validateCells, validateYear } from './validate';

/** Every single-report rule of spec/checks.md on one parsed report. */
export function checkReport(input: CheckInput, opts: CheckOptions = {}): Flag[] {
  validateYear(input.year, 'report year');
  const keys = Object.keys(input.cells);
  validateCells(input.cells, 'report', keys);
  const rawDate = opts.publishedAt ?? input.publishedAt;
  const publishedAt = rawDate ? isoDate(rawDate, opts.publishedAt ? 'options.publishedAt' : 'report publishedAt') : null;
  const ctx = makeContext(input, publishedAt, keys);
  return REPORT_RULES.flatMap((rule) => rule.evaluate(ctx));
}
