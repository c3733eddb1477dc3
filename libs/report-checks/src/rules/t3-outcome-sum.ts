import { cellKey, TABLE3, TABLE3_COLUMNS, type RowDef } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { columnLabel, groupText, rowLabel, tableName, type Text } from '../util/labels';
import { differs, fmt } from '../util/numbers';
import { assessSides, sumSide } from '../util/sum';
import type { ReportRule } from './rule';

const TOTAL_ROW = TABLE3.rows.find((r) => r.key === 'total')!;

// Table 3 keys per row, by column index, built once (the rule reads them for every report).
const T3_KEYS = new Map<string, readonly string[]>(TABLE3.rows.map((r) => [r.key, TABLE3_COLUMNS.map((c) => cellKey('t3', r.key, c.key))]));
const keysByColumn = (row: string): readonly string[] => T3_KEYS.get(row) ?? TABLE3_COLUMNS.map((c) => cellKey('t3', row, c.key));
const TOTAL_KEYS = keysByColumn('total');

/** Per column, （七）总计 = every outcome row (granted … other handling). */
export const t3OutcomeSum: ReportRule = {
  code: 'T3_OUTCOME_SUM',
  evaluate(ctx) {
    if (!ctx.template) return [];
    const rows = ctx.t3OutcomeRows();
    const rowKeys = rows.map((r) => keysByColumn(r.key));
    return TABLE3_COLUMNS.flatMap((col, ci) => {
      const totalKey = TOTAL_KEYS[ci];
      const parts: string[] = [];
      for (const keys of rowKeys) if (ctx.has(keys[ci])) parts.push(keys[ci]);
      const sides = assessSides(ctx, parts, [totalKey]);
      if (!sides || !differs(sides.left, sides.right)) return [];
      const t = tableName('t3');
      const totalLabel = rowLabel('t3', TOTAL_ROW);
      // The message adds up by outcome group (予以公开, 部分公开, 不予公开, …): 23 rows would not read.
      const groups: { key: string; label: Text; keys: string[] }[] = [];
      for (const r of rows) {
        const k = keysByColumn(r.key)[ci];
        if (!ctx.has(k)) continue;
        const key = r.group === 'outcomes' ? r.key : r.group!;
        const last = groups[groups.length - 1];
        if (last?.key === key) last.keys.push(k);
        else groups.push({ key, label: groupLabel(key, r), keys: [k] });
      }
      const terms = groups.map((g) => ({ zh: `${g.label.zh} ${fmt(sumSide(ctx, g.keys).sum)}`, en: `${g.label.en} ${fmt(sumSide(ctx, g.keys).sum)}` }));
      const c = columnLabel(col);
      const diff = fmt(Math.abs(sides.left - sides.right));
      return [makeFlag('T3_OUTCOME_SUM', [totalKey, ...parts], sides.left, sides.right, {
        zh: `${t.zh} ${c.zh} 列：${terms.map((x) => x.zh).join(' + ')} = ${fmt(sides.left)}，但${totalLabel.zh} ${fmt(sides.right)}，相差 ${diff}`,
        en: `${t.en}, ${c.en}: ${terms.map((x) => x.en).join(' + ')} = ${fmt(sides.left)}, but ${totalLabel.en} ${fmt(sides.right)} (difference ${diff})`,
      })];
    });
  },
};

/** The label of an outcome group (不予公开) or of a top-level outcome row (予以公开, 部分公开). */
function groupLabel(groupKey: string, row: RowDef): Text {
  const g = TABLE3.groups.find((x) => x.key === groupKey);
  return g ? groupText(g) : rowLabel('t3', row);
}
