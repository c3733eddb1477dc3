import { CheckInputError } from './errors';
import { CROSS_YEAR_RULES, SET_RULES } from './registry';
import type { DocumentRef, Flag, PeerReport, YearFacts } from './types';
import { validateCells, validateYear } from './validate';

/**
 * An agency's report against its report of the year before. Reports further apart (a
 * missing year) are not compared: carry-over and in-force counts only chain year to year.
 */
export function checkAcrossYears(current: YearFacts, previous: YearFacts): Flag[] {
  validateYear(current.year, 'current year');
  validateYear(previous.year, 'previous year');
  if (previous.year >= current.year) throw new CheckInputError(`previous year ${previous.year} is not before ${current.year}`, 'checkAcrossYears');
  validateCells(current.cells, `${current.year} report`);
  validateCells(previous.cells, `${previous.year} report`);
  if (current.year - previous.year !== 1) return [];
  return CROSS_YEAR_RULES.flatMap((rule) => rule.evaluate(current, previous));
}

const uniqueIds = (ids: readonly string[], where: string) => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new CheckInputError(`id ${id} appears twice`, where);
    seen.add(id);
  }
};

/** PEER_OUTLIER for every report of a set (the caller groups: same kind of agency, region and year). */
export function checkPeers(reports: readonly PeerReport[]): Map<string, Flag[]> {
  uniqueIds(reports.map((r) => r.id), 'checkPeers');
  for (const r of reports) validateCells(r.cells, `report ${r.id}`);
  return SET_RULES.PEER_OUTLIER(reports);
}

/** DUPLICATE_REPORT over documents in ingestion order. */
export function checkDuplicates(docs: readonly DocumentRef[]): Map<string, Flag[]> {
  uniqueIds(docs.map((d) => d.id), 'checkDuplicates');
  return SET_RULES.DUPLICATE_REPORT(docs);
}
