import { toHalfWidth } from '@gongkai/report-format';
import { memoByText } from '../util/memo';

export type CellValue = {
  value: number | null;
  /** Text that is not a number ("十", "1,2,3"): value null. */
  invalid: boolean;
  /** Empty, or a dash / 无 / slash standing for "nothing": value null, not invalid. */
  blank: boolean;
  /** Money unit written in the cell itself ("12.5万元", "3000元"). */
  unit?: string;
};

/** Multipliers from a written money unit to 万元. */
export const MONEY_UNITS: Readonly<Record<string, number>> = { 元: 0.0001, 千元: 0.1, 万元: 1, 百万元: 100, 亿元: 10000 };

const BLANK = /^[-—–―─‐‑~_/\\|·.。、无空暂缺]+$/;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const COUNT_UNIT = /(?:件|条|个|项|次|人|宗|份|笔|家|起)$/;
const MONEY_UNIT = /(百万元|千元|万元|亿元|元)$/;
const SPACES = /[\s\u200b\u200c\u200d\ufeff]+/g;

const computed = memoByText(10000, compute);

/**
 * A table cell's text as a value: full-width digits folded, stray spaces and thousands
 * separators dropped, decimals and negatives kept, a trailing unit accepted.
 */
export function readCellValue(raw: string): CellValue {
  const small = smallCount(raw);
  if (small !== undefined) return small;
  return computed(raw);
}

// "0" … "999" as written: most cells of every report. Read without hashing the text.
const SMALL: readonly CellValue[] = Array.from({ length: 1000 }, (_, i) => ({ value: i, invalid: false, blank: false }));

function smallCount(raw: string): CellValue | undefined {
  const n = raw.length;
  if (n === 0 || n > 3) return undefined;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 0 && n > 1)) return undefined;
    v = v * 10 + d;
  }
  return SMALL[v];
}

function compute(raw: string): CellValue {
  if (raw.length > 60) return { value: null, invalid: raw.trim() !== '', blank: raw.trim() === '' };
  let s = toHalfWidth(raw).replace(SPACES, '');
  if (s === '') return { value: null, invalid: false, blank: true };
  if (BLANK.test(s)) return { value: null, invalid: false, blank: true };
  s = s.replace(/[−－]/g, '-').replace(/，/g, ',');
  let unit: string | undefined;
  const money = MONEY_UNIT.exec(s);
  if (money) {
    unit = money[1];
    s = s.slice(0, -unit.length);
  } else s = s.replace(COUNT_UNIT, '');
  if (!NUMBER.test(s)) return { value: null, invalid: true, blank: false };
  const digits = s.replace(/,/g, '');
  // Past 15 significant digits a double no longer holds the number printed ("99999999999999999999" → 1e20).
  if (digits.replace(/^[+-]?0*|\./g, '').length > 15) return { value: null, invalid: true, blank: false };
  let value = Number(digits);
  if (!Number.isFinite(value)) return { value: null, invalid: true, blank: false };
  if (value === 0) value = 0; // "-0" is zero, not negative zero
  return unit ? { value, invalid: false, blank: false, unit } : { value, invalid: false, blank: false };
}

/** Money unit a header announces: "本年收费金额（单位：元）" → 元; null = none written (万元). */
export function headerMoneyUnit(raw: string): string | null {
  const s = toHalfWidth(raw).replace(SPACES, '');
  const m = /(?:单位[:：]?|[(（])(百万元|千元|万元|亿元|元)/.exec(s) ?? /(百万元|千元|万元|亿元|元)[)）]?$/.exec(s);
  return m ? m[1] : null;
}
