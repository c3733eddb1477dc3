import { makeFlag } from '../util/flag';
import { metricKeys, metricValue, OUTLIER_METRICS } from '../util/metrics';
import { fmt } from '../util/numbers';
import type { CrossYearRule } from './rule';

/** A change by this factor or more is worth a look (元 vs 万元 is ×10000, a dropped digit ×10). */
export const YOY_FACTOR = 10;
/** From zero, a jump to this or more (a factor cannot be taken from 0). */
export const YOY_FROM_ZERO = 100;

/** A metric that changes by a factor ≥ 10 (or between 0 and ≥ 100) year over year. */
export const yoyOutlier: CrossYearRule = {
  code: 'YOY_OUTLIER',
  evaluate(current, previous) {
    return OUTLIER_METRICS.flatMap((metric) => {
      const now = metricValue(metric, current.template, current.cells);
      const before = metricValue(metric, previous.template, previous.cells);
      if (now == null || before == null) return [];
      const lo = Math.min(now, before);
      const hi = Math.max(now, before);
      const outlier = lo > 0 ? hi / lo >= YOY_FACTOR : hi >= YOY_FROM_ZERO;
      if (!outlier) return [];
      const factor = lo > 0 ? `${now > before ? '×' : '÷'}${fmt(Math.round((hi / lo) * 10) / 10)}` : null;
      const money = metric.unit === 'wanYuan';
      const why = money
        ? { zh: '可能是单位错误（元/万元）或笔误', en: 'a unit slip (yuan vs 10k yuan) or a typo?' }
        : { zh: '可能是笔误，请核实', en: 'a typo? please verify' };
      const unit = money ? { zh: ' 万元', en: ' (10k yuan)' } : { zh: '', en: '' };
      return [makeFlag('YOY_OUTLIER', metricKeys(metric, current.template), before, now, {
        zh: `${metric.zh}：${previous.year} 年 ${fmt(before)}${unit.zh}，${current.year} 年 ${fmt(now)}${unit.zh}${factor ? `（${factor}）` : ''}，${why.zh}`,
        en: `${metric.en}: ${fmt(before)}${unit.en} in ${previous.year}, ${fmt(now)}${unit.en} in ${current.year}${factor ? ` (${factor})` : ''}: ${why.en}`,
      })];
    });
  },
};
