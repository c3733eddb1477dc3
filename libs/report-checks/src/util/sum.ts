import { roundMoney } from '@gongkai/report-format';
import type { ReportContext } from '../context';

export type Side = { sum: number; allBlank: boolean; anyInvalid: boolean };

/** Sum of cells with blanks (and absent keys) as 0; says whether every cell was blank. */
export function sumSide(ctx: Pick<ReportContext, 'cells' | 'isInvalid'>, keys: readonly string[]): Side {
  let sum = 0;
  let allBlank = true;
  let anyInvalid = false;
  for (const k of keys) {
    if (ctx.isInvalid(k)) {
      anyInvalid = true;
      allBlank = false;
      continue;
    }
    const v = ctx.cells[k];
    if (v == null) continue;
    allBlank = false;
    sum += v;
  }
  return { sum: roundMoney(sum), allBlank, anyInvalid };
}

/**
 * Both sides of a sum rule, or null when the rule is not assessed: every cell of one side
 * blank (only CELL_BLANK then), or a cell that is not a number (its value is unknown; only
 * VALUE_INVALID then).
 */
export function assessSides(
  ctx: Pick<ReportContext, 'cells' | 'isInvalid'>,
  left: readonly string[],
  right: readonly string[],
): { left: number; right: number } | null {
  const l = sumSide(ctx, left);
  const r = sumSide(ctx, right);
  if (l.allBlank || r.allBlank || l.anyInvalid || r.anyInvalid) return null;
  return { left: l.sum, right: r.sum };
}

/** A cell's value for a message: blank shows as 空白 / blank. */
export const shown = (ctx: Pick<ReportContext, 'cells'>, key: string): { zh: string; en: string } => {
  const v = ctx.cells[key];
  return v == null ? { zh: '空白', en: 'blank' } : { zh: String(roundMoney(v)), en: String(roundMoney(v)) };
};
