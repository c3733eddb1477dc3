import { cellKey, type RowDef } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { columnLabel, rowLabel, tableName } from '../util/labels';
import { differs, fmt } from '../util/numbers';
import { rowKeys, T3_APPLICANT_COLUMNS, T3_TOTAL_COLUMN } from '../util/rows';
import { assessSides, shown } from '../util/sum';
import type { ReportRule } from './rule';

// The keys each row's sum reads, built once per catalog row.
type SumKeys = { parts: readonly string[]; total: readonly string[] };
const keysOf = new WeakMap<RowDef, SumKeys>();
function sumKeys(row: RowDef): SumKeys {
  let k = keysOf.get(row);
  if (!k) {
    k = { parts: T3_APPLICANT_COLUMNS.map((c) => cellKey('t3', row.key, c.key)), total: [cellKey('t3', row.key, T3_TOTAL_COLUMN.key)] };
    keysOf.set(row, k);
  }
  return k;
}

/** In every row of table 3, total = the six applicant columns. */
export const t3RowTotal: ReportRule = {
  code: 'T3_ROW_TOTAL',
  evaluate(ctx) {
    if (!ctx.template) return [];
    return ctx.presentRows('t3').flatMap((row) => {
      const { parts, total: totalKeys } = sumKeys(row);
      const sides = assessSides(ctx, parts, totalKeys);
      if (!sides || !differs(sides.left, sides.right)) return [];
      const t = tableName('t3');
      const total = columnLabel(T3_TOTAL_COLUMN);
      const r = rowLabel('t3', row);
      const terms = T3_APPLICANT_COLUMNS.map((c, i) => ({ zh: `${columnLabel(c).zh} ${shown(ctx, parts[i]).zh}`, en: `${columnLabel(c).en} ${shown(ctx, parts[i]).en}` }));
      const diff = fmt(Math.abs(sides.left - sides.right));
      return [makeFlag('T3_ROW_TOTAL', rowKeys('t3', row), sides.left, sides.right, {
        zh: `${t.zh} ${r.zh} 行：${terms.map((x) => x.zh).join(' + ')} = ${fmt(sides.left)}，但${total.zh} ${fmt(sides.right)}，相差 ${diff}`,
        en: `${t.en}, ${r.en}: ${terms.map((x) => x.en).join(' + ')} = ${fmt(sides.left)}, but ${total.en} ${fmt(sides.right)} (difference ${diff})`,
      })];
    });
  },
};
