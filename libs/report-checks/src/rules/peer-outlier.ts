import { roundMoney } from '@gongkai/report-format';
import type { Flag, PeerReport } from '../types';
import { makeFlag } from '../util/flag';
import { metricKeys, metricValue, OUTLIER_METRICS } from '../util/metrics';
import { fmt } from '../util/numbers';
import { mad, median } from '../util/stats';

/** Fewer peers than this give no stable median and spread: not assessed. */
export const MIN_PEERS = 8;
/**
 * Modified z-score threshold (Iglewicz & Hoaglin 1993: |M| > 3.5 with M = 0.6745·(x − median)/MAD
 * marks an outlier). On log10(1 + value) the counts of agencies of one kind spread over about
 * an order of magnitude; 3.5 then means several orders beyond the typical spread, which is
 * the unit slips and typos we look for, while ordinary big and small agencies stay quiet.
 */
export const PEER_Z_THRESHOLD = 3.5;
const MAD_TO_SIGMA = 0.6745;

/** Per metric and group, the reports whose log-scaled value is far from the peers' (info). */
export function peerOutliers(reports: readonly PeerReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>(reports.map((r) => [r.id, []]));
  const groups = new Map<string, PeerReport[]>();
  for (const r of reports) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  for (const [group, members] of groups) {
    for (const metric of OUTLIER_METRICS) {
      const valued = members.flatMap((r) => {
        const v = metricValue(metric, r.template, r.cells);
        return v == null ? [] : [{ r, v, x: Math.log10(1 + v) }];
      });
      if (valued.length < MIN_PEERS) continue;
      const xs = valued.map((p) => p.x);
      const center = median(xs);
      const spread = mad(xs, center);
      // More than half the peers share one value (often 0): no spread to measure against.
      if (spread === 0) continue;
      const peerMedian = roundMoney(median(valued.map((p) => p.v)));
      for (const { r, v, x } of valued) {
        const z = (MAD_TO_SIGMA * (x - center)) / spread;
        if (Math.abs(z) <= PEER_Z_THRESHOLD) continue;
        const unit = metric.unit === 'wanYuan' ? { zh: ' 万元', en: ' (10k yuan)' } : { zh: '', en: '' };
        out.get(r.id)!.push(makeFlag('PEER_OUTLIER', metricKeys(metric, r.template), peerMedian, v, {
          zh: `${metric.zh} ${fmt(v)}${unit.zh}，同类机关（${group}，${valued.length} 家）中位数为 ${fmt(peerMedian)}${unit.zh}（稳健 z 值 ${z.toFixed(1)}），请核实`,
          en: `${metric.en} ${fmt(v)}${unit.en}, while the median of ${valued.length} peers (${group}) is ${fmt(peerMedian)}${unit.en} (robust z ${z.toFixed(1)}): please verify`,
        }));
      }
    }
  }
  return out;
}
