import { cellKey, TABLE3, TABLE3_COLUMNS } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { columnLabel, rowLabel, tableName } from '../util/labels';
import { differs, fmt } from '../util/numbers';
import { assessSides, shown } from '../util/sum';
import type { ReportRule } from './rule';

const row = (key: string) => TABLE3.rows.find((r) => r.key === key)!;
const IN = [row('newRequests'), row('carriedOver')];
const OUT = [row('total'), row('carriedForward')];

/** Per column, new + carried over = total handled + carried forward. */
export const t3Balance: ReportRule = {
  code: 'T3_BALANCE',
  evaluate(ctx) {
    if (!ctx.template) return [];
    const t = tableName('t3');
    return TABLE3_COLUMNS.flatMap((col) => {
      const inKeys = IN.map((r) => cellKey('t3', r.key, col.key));
      const outKeys = OUT.map((r) => cellKey('t3', r.key, col.key));
      const sides = assessSides(ctx, inKeys, outKeys);
      if (!sides || !differs(sides.left, sides.right)) return [];
      const side = (rows: typeof IN, keys: string[], lang: 'zh' | 'en') =>
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
