const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/**
 * The last day a report year's report may be published: 31 January of the following year
 * (《政府信息公开条例》第四十九条、第五十条).
 */
export const publicationDeadline = (year: number): string => `${year + 1}-01-31`;

/** yyyy-mm-dd from an ISO date or date-time, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Whole days from a to b (both yyyy-mm-dd). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
