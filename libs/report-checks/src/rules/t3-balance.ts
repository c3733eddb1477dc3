import { cellKey, TABLE3, TABLE3_COLUMNS, type ColumnDef } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { columnLabel, rowLabel, tableName } from '../util/labels';
import { differs, fmt } from '../util/numbers';
import { assessSides, shown } from '../util/sum';
import type { ReportRule } from './rule';

const row = (key: string) => TABLE3.rows.find((r) => r.key === key)!;
const IN = [row('newRequests'), row('carriedOver')];
const OUT = [row('total'), row('carriedForward')];

// Both sides' keys per column, built once.
const KEYS = new Map<ColumnDef, { inKeys: readonly string[]; outKeys: readonly string[] }>(TABLE3_COLUMNS.map((col) => [col, { inKeys: IN.map((r) => cellKey('t3', r.key, col.key)), outKeys: OUT.map((r) => cellKey('t3', r.key, col.key)) }]));

/** Per column, new + carried over = total handled + carried forward. */
export const t3Balance: ReportRule = {
  code: 'T3_BALANCE',
  evaluate(ctx) {
    if (!ctx.template) return [];
    return TABLE3_COLUMNS.flatMap((col) => {
      const { inKeys, outKeys } = KEYS.get(col)!;
      const sides = assessSides(ctx, inKeys, outKeys);
      if (!sides || !differs(sides.left, sides.right)) return [];
      const t = tableName('t3');
      const side = (rows: typeof IN, keys: readonly string[], lang: 'zh' | 'en') =>
        rows.map((r, i) => `${rowLabel('t3', r)[lang]} ${shown(ctx, keys[i])[lang]}`).join(' + ');
      const c = columnLabel(col);
      const diff = fmt(Math.abs(sides.left - sides.right));
      return [makeFlag('T3_BALANCE', [...inKeys, ...outKeys], sides.left, sides.right, {
        zh: `${t.zh} ${c.zh} 列：${side(IN, inKeys, 'zh')} = ${fmt(sides.left)}，但${side(OUT, outKeys, 'zh')} = ${fmt(sides.right)}，相差 ${diff}`,
        en: `${t.en}, ${c.en}: ${side(IN, inKeys, 'en')} = ${fmt(sides.left)}, but ${side(OUT, outKeys, 'en')} = ${fmt(sides.right)} (difference ${diff})`,
      })];
    });
  },
};
