import { parseIsoDate } from '@gongkai/report-format';
import { ReviewInputError } from '../errors';

export { daysBetween, publicationDeadline as deadlineOf } from '@gongkai/report-format';

/** yyyy-mm-dd from an ISO date or date-time; a clear error naming the field for anything else. */
export function isoDate(value: string, where: string): string {
  const d = parseIsoDate(value);
  if (!d) throw new ReviewInputError(`"${value}" is not a calendar date (yyyy-mm-dd)`, where);
  return d;
}

/** "2023年3月15日", as dates are written in official documents. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
