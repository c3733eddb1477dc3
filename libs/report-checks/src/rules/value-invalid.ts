import type { Flag } from '../types';
import { makeFlag } from '../util/flag';
import { cellDef, fullCellLabel } from '../util/labels';
import { fmt } from '../util/numbers';
import type { ReportRule } from './rule';

/** A cell that is not a number, a negative count (`change` excepted) or a fractional count. */
export const valueInvalid: ReportRule = {
  code: 'VALUE_INVALID',
  evaluate(ctx) {
    const details = ctx.input.cellDetails ?? {};
    const out: Flag[] = [];
    for (const { key } of ctx.orderedCellsWithInvalid()) {
      if (ctx.isInvalid(key)) {
        const label = fullCellLabel(key, ctx.template);
        const raw = details[key]?.raw ?? '';
        out.push(makeFlag('VALUE_INVALID', [key], null, raw, {
          zh: `${label.zh}：“${raw}”不是有效数字`,
          en: `${label.en}: "${raw}" is not a valid number`,
        }));
        continue;
      }
      const v = ctx.cells[key];
      // A whole number ≥ 0 fits every column: no lookup, no label (the common case).
      if (v == null || (v >= 0 && Number.isInteger(v))) continue;
      const column = cellDef(key, ctx.template)?.column;
      if (!column) continue;
      if (v < 0 && !column.mayBeNegative) {
        const label = fullCellLabel(key, ctx.template);
        out.push(makeFlag('VALUE_INVALID', [key], null, v, {
          zh: `${label.zh}：${fmt(v)} 为负数，此栏不能为负`,
          en: `${label.en}: ${fmt(v)} is negative; this cell cannot be`,
        }));
      } else if (!Number.isInteger(v) && !column.fractional) {
        const label = fullCellLabel(key, ctx.template);
        out.push(makeFlag('VALUE_INVALID', [key], null, v, {
          zh: `${label.zh}：${fmt(v)} 不是整数，此栏为件数`,
          en: `${label.en}: ${fmt(v)} is not a whole number; this cell is a count`,
        }));
      }
    }
    return out;
  },
};
