import { flagCode } from '@gongkai/report-format';
import type { CoverageNode } from '../coverage/coverage-tree';
import { ReviewInputError } from '../errors';
import type { RegionRank } from '../risk/rank-regions';
import { isoDate, zhDate } from '../util/dates';
import type { NoticeBlock, NoticeDoc } from './types';

/** One year of the region's history (the caller aggregates; trends are data, not charts). */
export type TrendPoint = {
  year: number;
  /** Agencies that must publish. */
  agencies: number;
  onTime: number;
  late: number;
  missing: number;
  /** Error flags raised (confirmed or open) in the year's reports. */
  errorFlags: number;
  /** Σ(granted + partially granted) / Σ(received + carried over) over the region; null = unknown. */
  substantiveDisclosureRate?: number | null;
};

export type RegionSummaryData = {
  region: string;
  year: number;
  /** yyyy-mm-dd */
  date: string;
  issuer?: string;
  /** The region's node of coverageTree for `year`. */
  coverage: CoverageNode;
  trends: readonly TrendPoint[];
  /** Most frequent problems: flag code, number of flags, number of agencies concerned. */
  worstProblems: readonly { code: string; count: number; agencies: number }[];
  /** Sub-regions ranked by rankRegions. */
  ranking?: readonly RegionRank[];
  /** Most missing agencies listed by name (default 30). */
  maxMissingListed?: number;
};

const pct = (a: number, b: number) => (b === 0 ? '—' : `${Math.round((a / b) * 1000) / 10}%`);

/** The leadership summary of a region's year: coverage, trends, worst problems, ranking. */
export function composeRegionSummary(data: RegionSummaryData): NoticeDoc {
  const date = isoDate(data.date, 'regionSummary.date');
  const years = data.trends.map((t) => t.year);
  if (new Set(years).size !== years.length) throw new ReviewInputError('a year appears twice in trends', 'regionSummary.trends');
  const c = data.coverage.counts;
  const title = `${data.region}${data.year}年度政府信息公开工作年度报告审核情况`;
  const blocks: NoticeBlock[] = [{ kind: 'title', text: title }];

  blocks.push({ kind: 'heading', text: '一、发布情况' });
  blocks.push({
    kind: 'paragraph',
    text: `${data.region}应发布年度报告的机关 ${c.agencies} 家，已发布 ${c.published} 家，其中按时发布（${data.year + 1}年1月31日前）${c.onTime} 家、逾期发布 ${c.late} 家` +
      `${c.undated > 0 ? `、发布日期不明 ${c.undated} 家` : ''}，未发布 ${c.missing} 家；按时发布率 ${pct(c.onTime, c.agencies)}。`,
  });
  if (data.coverage.children.length > 0) {
    blocks.push({
      kind: 'table',
      header: ['地区', '应发布', '按时', '逾期', '未发布', '按时发布率'],
      rows: data.coverage.children.map((n) => [n.name, String(n.counts.agencies), String(n.counts.onTime), String(n.counts.late), String(n.counts.missing), pct(n.counts.onTime, n.counts.agencies)]),
    });
  }
  if (data.coverage.missing.length > 0) {
    const max = data.maxMissingListed ?? 30;
    const names = data.coverage.missing.slice(0, max).map((a) => a.name).join('、');
    blocks.push({ kind: 'paragraph', text: `未发布年度报告的机关：${names}${data.coverage.missing.length > max ? `等 ${data.coverage.missing.length} 家` : ''}。` });
  }

  if (data.trends.length > 0) {
    blocks.push({ kind: 'heading', text: '二、历年趋势' });
    const sorted = [...data.trends].sort((a, b) => a.year - b.year);
    blocks.push({
      kind: 'table',
      header: ['年度', '应发布', '按时', '逾期', '未发布', '错误数', '实质公开率'],
      rows: sorted.map((t) => [`${t.year}`, String(t.agencies), String(t.onTime), String(t.late), String(t.missing), String(t.errorFlags), t.substantiveDisclosureRate == null ? '—' : `${Math.round(t.substantiveDisclosureRate * 1000) / 10}%`]),
    });
  }

  if (data.worstProblems.length > 0) {
    blocks.push({ kind: 'heading', text: '三、突出问题' });
    const problems = [...data.worstProblems].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    problems.forEach((p, i) => {
      const def = flagCode(p.code);
      blocks.push({ kind: 'item', number: i + 1, text: `${def.zh}：${p.count} 处，涉及 ${p.agencies} 家机关。`, details: [] });
    });
  }

  if (data.ranking && data.ranking.length > 0) {
    blocks.push({ kind: 'heading', text: '四、风险排名' });
    blocks.push({
      kind: 'table',
      header: ['排名', '地区', '红色', '黄色', '绿色', '不评级', '风险分'],
      rows: data.ranking.map((r) => [String(r.rank), r.region, String(r.red), String(r.amber), String(r.green), String(r.notRated), r.score == null ? '—' : r.score.toFixed(2)]),
    });
  }
  blocks.push({ kind: 'signature', lines: [...(data.issuer ? [data.issuer] : []), zhDate(date)] });
  return { title, blocks };
}
