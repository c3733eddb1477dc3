import { roundMoney } from '@gongkai/report-format';

/** Money is compared with this tolerance (half a hundred yuan, in 万元); counts exactly. */
export const MONEY_TOLERANCE = 0.005;

/** A number as a message shows it: integers plain, amounts with at most four decimals. */
export const fmt = (n: number | null): string => (n == null ? '—' : String(roundMoney(n)));

/** True when two values differ beyond float noise (counts) or the money tolerance. */
export function differs(a: number, b: number, unit: 'count' | 'wanYuan' = 'count'): boolean {
  const d = Math.abs(roundMoney(a) - roundMoney(b));
  return unit === 'wanYuan' ? d > MONEY_TOLERANCE + 1e-9 : d > 1e-9;
}
