import { makeFlag } from '../util/flag';
import { cellDef, fullCellLabel } from '../util/labels';
import { fmt } from '../util/numbers';
import { keysInOrder } from '../util/order';
import type { ReportRule } from './rule';

/** A cell that is not a number, a negative count (`change` excepted) or a fractional count. */
export const valueInvalid: ReportRule = {
  code: 'VALUE_INVALID',
  evaluate(ctx) {
    const details = ctx.input.cellDetails ?? {};
    const keys = keysInOrder(ctx.template, [...Object.keys(ctx.cells), ...Object.keys(details).filter((k) => details[k]?.invalid)]);
    return keys.flatMap((key) => {
      const label = fullCellLabel(key, ctx.template);
      if (ctx.isInvalid(key)) {
        const raw = details[key]?.raw ?? '';
        return [makeFlag('VALUE_INVALID', [key], null, raw, {
          zh: `${label.zh}：“${raw}”不是有效数字`,
          en: `${label.en}: "${raw}" is not a valid number`,
        })];
      }
      const v = ctx.cells[key];
      const column = cellDef(key, ctx.template)?.column;
      if (v == null || !column) return [];
      if (v < 0 && !column.mayBeNegative) {
        return [makeFlag('VALUE_INVALID', [key], null, v, {
          zh: `${label.zh}：${fmt(v)} 为负数，此栏不能为负`,
          en: `${label.en}: ${fmt(v)} is negative; this cell cannot be`,
        })];
      }
      if (!Number.isInteger(v) && !column.fractional) {
        return [makeFlag('VALUE_INVALID', [key], null, v, {
          zh: `${label.zh}：${fmt(v)} 不是整数，此栏为件数`,
          en: `${label.en}: ${fmt(v)} is not a whole number; this cell is a count`,
        })];
      }
      return [];
    });
  },
};
