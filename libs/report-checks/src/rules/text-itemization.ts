import { roundMoney } from '@gongkai/report-format';
import { findItemizations, type Itemization } from '../text/itemizations';
import { quote } from '../text/spans';
import { makeFlag } from '../util/flag';
import { differs, fmt } from '../util/numbers';
import type { ReportRule } from './rule';

/**
 * Whether the listed items contradict the total. A prefix of the list that adds up to the
 * total means the list went on to another breakdown ("其中自然人8件、法人2件，予以公开6件");
 * a list well under half the total is a selection of examples, not a breakdown.
 */
export function contradicts(it: Itemization): boolean {
  const unit = it.unit.endsWith('元') ? 'wanYuan' : 'count';
  let running = 0;
  for (const item of it.items) {
    running = roundMoney(running + item.value);
    if (!differs(running, it.total, unit)) return false;
  }
  return it.sum > it.total || it.sum >= it.total / 2;
}

/** A total stated in the text that disagrees with the sum of the items it lists. */
export const textItemization: ReportRule = {
  code: 'TEXT_ITEMIZATION',
  evaluate(ctx) {
    return findItemizations(ctx.foldedSections(), true).filter(contradicts).map((it) => {
      const diff = fmt(Math.abs(it.sum - it.total));
      const q = quote(it.totalText);
      return makeFlag('TEXT_ITEMIZATION', [], it.total, it.sum, {
        zh: `正文“${q}”称总数 ${fmt(it.total)}${it.unit}，但其中所列 ${it.items.length} 项之和为 ${fmt(it.sum)}${it.unit}，相差 ${diff}`,
        en: `The text "${q}" states a total of ${fmt(it.total)}, but the ${it.items.length} items it lists add up to ${fmt(it.sum)} (difference ${diff})`,
      });
    });
  },
};
