import { normalizeLabel } from '@gongkai/report-format';
import { memoByText } from '../util/memo';

const normalized = memoByText(20000, normalizeLabel);

/** normalizeLabel with a cache (labels repeat across rows and reports). Long text is not a label. */
export function norm(raw: string): string {
  return raw.length > 200 ? '' : normalized(raw);
}

// A trailing unit or note in brackets: "结果维持（件）", "本年收费金额（单位：元）".
const SUFFIX = /[（(][^（()）]{0,12}[)）]\s*$/;

/** The label without a trailing bracketed unit, normalised; '' when there is none to strip. */
export function normWithoutSuffix(raw: string): string {
  if (raw.length > 200 || !SUFFIX.test(raw)) return '';
  return norm(raw.replace(SUFFIX, ''));
}
