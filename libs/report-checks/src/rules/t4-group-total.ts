import { cellKey, TABLE4, TABLE4_COLUMNS, type RowDef } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { columnLabel, rowLabel, tableName } from '../util/labels';
import { differs, fmt } from '../util/numbers';
import { rowKeys } from '../util/rows';
import { assessSides, shown } from '../util/sum';
import type { ReportRule } from './rule';

const PARTS = TABLE4_COLUMNS.filter((c) => c.key !== 'total');
const TOTAL = TABLE4_COLUMNS.find((c) => c.key === 'total')!;

// The keys each group's sum reads, built once.
const KEYS = new Map<RowDef, { parts: readonly string[]; total: readonly string[] }>(TABLE4.rows.map((row) => [row, { parts: PARTS.map((c) => cellKey('t4', row.key, c.key)), total: [cellKey('t4', row.key, TOTAL.key)] }]));

/** In each group of table 4 (review, litigation ×2), total = upheld + corrected + other + pending. */
export const t4GroupTotal: ReportRule = {
  code: 'T4_GROUP_TOTAL',
  evaluate(ctx) {
    if (!ctx.template) return [];
    return TABLE4.rows.flatMap((row) => {
      const { parts, total: totalKeys } = KEYS.get(row)!;
      const sides = assessSides(ctx, parts, totalKeys);
      if (!sides || !differs(sides.left, sides.right)) return [];
      const t = tableName('t4');
      const r = rowLabel('t4', row);
      const terms = (lang: 'zh' | 'en') => PARTS.map((c, i) => `${columnLabel(c)[lang]} ${shown(ctx, parts[i])[lang]}`).join(' + ');
      const diff = fmt(Math.abs(sides.left - sides.right));
      const total = columnLabel(TOTAL);
      return [makeFlag('T4_GROUP_TOTAL', rowKeys('t4', row), sides.left, sides.right, {
        zh: `${t.zh} ${r.zh}：${terms('zh')} = ${fmt(sides.left)}，但${total.zh} ${fmt(sides.right)}，相差 ${diff}`,
        en: `${t.en}, ${r.en}: ${terms('en')} = ${fmt(sides.left)}, but ${total.en} ${fmt(sides.right)} (difference ${diff})`,
      })];
    });
  },
};
