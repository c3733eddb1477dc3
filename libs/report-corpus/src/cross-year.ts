import { TABLE3_COLUMNS, type CellValues } from '@gongkai/report-format';
import type { TruthFlag } from './types';

/**
 * CARRY_OVER_MISMATCH flags between two published years of one agency: per column, this
 * year's 上年结转 against last year's 结转下年度 (blank cells are only ever true zeros here).
 */
export function carryOverFlags(prev: CellValues, cur: CellValues): TruthFlag[] {
  const flags: TruthFlag[] = [];
  for (const c of TABLE3_COLUMNS) {
    const last = prev[`t3.carriedForward.${c.key}`];
    const now = cur[`t3.carriedOver.${c.key}`];
    if (typeof last !== 'number' || typeof now !== 'number' || last === now) continue;
    flags.push({ code: 'CARRY_OVER_MISMATCH', severity: 'warning', cells: [`t3.carriedOver.${c.key}`], expected: last, actual: now });
  }
  return flags;
}
