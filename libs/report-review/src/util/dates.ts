import { ReviewInputError } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** yyyy-mm-dd from an ISO date or date-time; a clear error for anything else. */
export function isoDate(value: string, where: string): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw new ReviewInputError(`"${value}" is not an ISO date (yyyy-mm-dd)`, where);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new ReviewInputError(`"${value}" is not a calendar date`, where);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Whole days from a to b (both yyyy-mm-dd). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The statutory deadline of a report year's report: 31 January of the next year (《条例》第四十九条). */
export const deadlineOf = (year: number): string => `${year + 1}-01-31`;

/** "2023年3月15日", as dates are written in official documents. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
