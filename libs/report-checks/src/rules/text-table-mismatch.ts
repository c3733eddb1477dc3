import { roundMoney } from '@gongkai/report-format';
import { findStatements } from '../text/find-statements';
import { makeFlag } from '../util/flag';
import { fullCellLabel } from '../util/labels';
import { fmt } from '../util/numbers';
import { sumSide } from '../util/sum';
import type { ReportRule } from './rule';

/** A number stated in the text that disagrees with the table (only statements parsed with confidence). */
export const textTableMismatch: ReportRule = {
  code: 'TEXT_TABLE_MISMATCH',
  evaluate(ctx) {
    return findStatements(ctx).flatMap((st) => {
      let cells = st.cells;
      if (st.def.nonZeroCells) cells = cells.filter((k) => (ctx.cells[k] ?? 0) !== 0 || ctx.isInvalid(k));
      if (cells.length === 0) return [];
      const side = sumSide(ctx, cells);
      if (side.allBlank || side.anyInvalid) return [];
      const tolerance = st.tolerance + 1e-9;
      const agrees = [side.sum, ...(st.def.alsoAccept?.(ctx) ?? [])].some((v) => Math.abs(roundMoney(v) - roundMoney(st.stated)) <= tolerance);
      if (agrees) return [];
      const labels = cells.map((k) => fullCellLabel(k, ctx.template));
      const unit = st.def.unit === 'wanYuan' ? { zh: ' 万元', en: ' (10k yuan)' } : { zh: '', en: '' };
      return [makeFlag('TEXT_TABLE_MISMATCH', cells, roundMoney(st.stated), side.sum, {
        zh: `正文“${st.text}”为 ${fmt(st.stated)}${unit.zh}，但${labels.map((l) => l.zh).join(' + ')} 为 ${fmt(side.sum)}${unit.zh}`,
        en: `The text "${st.text}" states ${fmt(st.stated)}${unit.en}, but ${labels.map((l) => l.en).join(' + ')} is ${fmt(side.sum)}${unit.en}`,
      })];
    });
  },
};
