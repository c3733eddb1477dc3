import { cellKey, TABLE3, TABLE3_COLUMNS } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { columnLabel, rowLabel, tableName } from '../util/labels';
import { differs, fmt } from '../util/numbers';
import type { CrossYearRule } from './rule';

const CARRIED_OVER = TABLE3.rows.find((r) => r.key === 'carriedOver')!;
const CARRIED_FORWARD = TABLE3.rows.find((r) => r.key === 'carriedForward')!;

/** Per column, this year's carried-over requests = last year's carried-forward ones (blank on either side: not assessed). */
export const carryOverMismatch: CrossYearRule = {
  code: 'CARRY_OVER_MISMATCH',
  evaluate(current, previous) {
    const t = tableName('t3');
    const over = rowLabel('t3', CARRIED_OVER);
    const forward = rowLabel('t3', CARRIED_FORWARD);
    return TABLE3_COLUMNS.flatMap((col) => {
      const key = cellKey('t3', CARRIED_OVER.key, col.key);
      const now = current.cells[key];
      const before = previous.cells[cellKey('t3', CARRIED_FORWARD.key, col.key)];
      if (now == null || before == null || !differs(now, before)) return [];
      const c = columnLabel(col);
      return [makeFlag('CARRY_OVER_MISMATCH', [key], before, now, {
        zh: `${t.zh} ${c.zh} 列：${current.year} 年${over.zh} ${fmt(now)}，但 ${previous.year} 年报告${forward.zh} ${fmt(before)}，相差 ${fmt(Math.abs(now - before))}`,
        en: `${t.en}, ${c.en}: ${over.en} ${fmt(now)} in ${current.year}, but the ${previous.year} report ${forward.en} ${fmt(before)} (difference ${fmt(Math.abs(now - before))})`,
      })];
    });
  },
};
