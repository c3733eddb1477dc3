import { parseIsoDate } from '@gongkai/report-format';
import { CheckInputError } from '../errors';

export { daysBetween } from '@gongkai/report-format';

/** yyyy-mm-dd from an ISO date or date-time; a clear error naming the field for anything else. */
export function isoDate(value: string, where: string): string {
  const d = parseIsoDate(value);
  if (!d) throw new CheckInputError(`"${value}" is not a calendar date (yyyy-mm-dd)`, where);
  return d;
}
