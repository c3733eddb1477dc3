import { CheckInputError } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** yyyy-mm-dd from an ISO date or date-time; a clear error for anything else. */
export function isoDate(value: string, where: string): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw new CheckInputError(`"${value}" is not an ISO date (yyyy-mm-dd)`, where);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new CheckInputError(`"${value}" is not a calendar date`, where);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Whole days from a to b (both yyyy-mm-dd). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
