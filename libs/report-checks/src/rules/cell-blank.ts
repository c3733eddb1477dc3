import type { TableId } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { cellLabel, tableName } from '../util/labels';
import type { ReportRule } from './rule';

const TABLES: readonly TableId[] = ['t2', 't3', 't4'];
const LISTED = 5;

/** One flag per table with blank cells: agencies often leave zeros blank; say so, do not guess silently. */
export const cellBlank: ReportRule = {
  code: 'CELL_BLANK',
  evaluate(ctx) {
    // One pass over the report's cells in template order, blanks sorted by table.
    const blanksOf = new Map<TableId, string[]>(TABLES.map((t) => [t, []]));
    for (const c of ctx.orderedCells()) if (ctx.cells[c.key] == null && !ctx.isInvalid(c.key)) blanksOf.get(c.table)?.push(c.key);
    return TABLES.flatMap((table) => {
      const blanks = blanksOf.get(table)!;
      if (blanks.length === 0) return [];
      const t = tableName(table);
      const shown = blanks.slice(0, LISTED).map((k) => cellLabel(k, ctx.template));
      const more = blanks.length > LISTED;
      return [makeFlag('CELL_BLANK', blanks, null, blanks.length, {
        zh: `${t.zh} 有 ${blanks.length} 个空白单元格（${shown.map((l) => l.zh).join('、')}${more ? ' 等' : ''}），合计时按 0 计算；数值为 0 的请填写 0`,
        en: `${t.en} has ${blanks.length} blank cell${blanks.length > 1 ? 's' : ''} (${shown.map((l) => l.en).join('; ')}${more ? ' …' : ''}); counted as 0 in sums; write 0 where the value is zero`,
      })];
    });
  },
};
