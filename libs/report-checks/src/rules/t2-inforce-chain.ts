import { cellKey, getTable, roundMoney } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { columnLabel, rowLabel, tableName } from '../util/labels';
import { differs, fmt } from '../util/numbers';
import type { CrossYearRule } from './rule';

const TABLE2 = getTable('2021', 't2');
const ROWS = TABLE2.rows.filter((r) => r.key === 'regulations' || r.key === 'normativeDocs');

/**
 * This year's in-force count = last year's + issued − repealed (2021 template both years).
 * Documents also expire without being repealed, so this is info only.
 */
export const t2InForceChain: CrossYearRule = {
  code: 'T2_INFORCE_CHAIN',
  evaluate(current, previous) {
    if (current.template !== '2021' || previous.template !== '2021') return [];
    const t = tableName('t2');
    return ROWS.flatMap((row) => {
      const col = (k: string) => row.columns.find((c) => c.key === k)!;
      const key = (k: string) => cellKey('t2', row.key, k);
      const now = current.cells[key('inForce')];
      const last = previous.cells[key('inForce')];
      const issued = current.cells[key('issued')];
      const repealed = current.cells[key('repealed')];
      if (now == null || (last == null && issued == null && repealed == null)) return [];
      const expected = roundMoney((last ?? 0) + (issued ?? 0) - (repealed ?? 0));
      if (!differs(expected, now)) return [];
      const [inForce, iss, rep] = [col('inForce'), col('issued'), col('repealed')].map(columnLabel);
      const r = rowLabel('t2', row, 'full');
      return [makeFlag('T2_INFORCE_CHAIN', [key('inForce')], expected, now, {
        zh: `${t.zh} ${r.zh}：${previous.year} 年${inForce.zh} ${fmt(last ?? 0)} + ${iss.zh} ${fmt(issued ?? 0)} − ${rep.zh} ${fmt(repealed ?? 0)} = ${fmt(expected)}，但 ${current.year} 年${inForce.zh} ${fmt(now)}（文件也可能到期失效，请核实）`,
        en: `${t.en}, ${r.en}: ${inForce.en} ${fmt(last ?? 0)} in ${previous.year} + ${iss.en} ${fmt(issued ?? 0)} − ${rep.en} ${fmt(repealed ?? 0)} = ${fmt(expected)}, but ${inForce.en} ${fmt(now)} in ${current.year} (documents may also have expired: please verify)`,
      })];
    });
  },
};
