import { Injectable } from '@nestjs/common';
import { type MetricDef } from '@gongkai/report-format';
import { agencyTypeLabel } from '../../agencies/agency-types';
import { type RegionDto } from '../../agencies/dtos/outputs/region.dto';
import { AgenciesRepository } from '../../agencies/repositories/agencies.repository';
import { toAgencyDto } from '../../agencies/services/agencies.service';
import { ResultCache } from '../../common/cache/result-cache.service';
import { GroupBy, SortOrder } from '../../common/graphql/enums';
import { RegionScope } from '../../workbench/scope/region-scope.service';
import { filterParams, type MetricFilterInput } from '../dtos/inputs/metric-filter.input';
import { type CompareRowDto, type KpiDto, type OverviewDto, type RankingRowDto, type RegionValueDto, type TrendSeriesDto } from '../dtos/outputs/analytics.dto';
import { type Filter, type Grouping, MetricsRepository, type RollupScope, type SumRow } from '../repositories/metrics.repository';
import { baseMetrics, metricOrThrow, seriesWeight, valueFromSums } from '../utils/metric-values';

/** The headline figures of the overview, in display order. */
export const KPI_METRICS = ['requests.received', 'requests.processed', 'requests.disclosureRate', 'requests.denialRate', 'fees.amount', 'review.total', 'litigation.total', 'review.correctionRate'];

type Grouped = Map<string, Map<number, Map<string, number | null>>>;
const group = (rows: SumRow[]): Grouped => {
  const out: Grouped = new Map();
  for (const r of rows) {
    const byYear = out.get(r.key) ?? new Map<number, Map<string, number | null>>();
    out.set(r.key, byYear);
    const sums = byYear.get(r.year) ?? new Map<string, number | null>();
    byYear.set(r.year, sums);
    sums.set(r.metric, r.value == null ? null : Number(r.value));
  }
  return out;
};
const years = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

@Injectable()
export class AnalyticsService {
  constructor(private readonly metrics: MetricsRepository, private readonly directory: AgenciesRepository, private readonly scope: RegionScope, private readonly cache: ResultCache) {}

  // Every answer below is cached until the data changes (ResultCache keys add the caller's scope).
  trend(metricId: string, fromYear: number, toYear: number, groupBy: GroupBy, filter: MetricFilterInput | null | undefined, limit: number): Promise<TrendSeriesDto[]> {
    return this.cache.get('trend', { metricId, fromYear, toYear, groupBy, filter: filterParams(filter), limit }, () => this.computeTrend(metricId, fromYear, toYear, groupBy, filter, limit));
  }

  compare(agencyIds: string[], metricIds: string[], fromYear: number, toYear: number): Promise<CompareRowDto[]> {
    return this.cache.get('compare', { agencyIds: agencyIds.map(Number), metricIds, fromYear, toYear }, () => this.computeCompare(agencyIds, metricIds, fromYear, toYear));
  }

  ranking(metricId: string, year: number, filter: MetricFilterInput | null | undefined, order: SortOrder, limit: number): Promise<RankingRowDto[]> {
    return this.cache.get('ranking', { metricId, year, filter: filterParams(filter), order, limit }, () => this.computeRanking(metricId, year, filter, order, limit));
  }

  overview(year: number, filter: MetricFilterInput | null | undefined): Promise<OverviewDto> {
    return this.cache.get('overview', { year, filter: filterParams(filter) }, () => this.computeOverview(year, filter));
  }

  byRegion(overview: OverviewDto, metricId: string): Promise<RegionValueDto[]> {
    return this.cache.get('overview.byRegion', { year: overview.year, filter: filterParams(overview.filter), metricId }, () => this.computeByRegion(overview, metricId));
  }

  private async computeTrend(metricId: string, fromYear: number, toYear: number, groupBy: GroupBy, filter: MetricFilterInput | null | undefined, limit: number): Promise<TrendSeriesDto[]> {
    const m = metricOrThrow(metricId);
    const f = await this.scoped(filter);
    const grouping = await this.grouping(groupBy, f);
    const grouped = group(grouping.kind === 'agency'
      ? await this.metrics.topAgencySums(baseMetrics(m), m.kind === 'sum' ? [m.id] : [...m.denominator], fromYear, toYear, f, Math.max(1, limit))
      : await this.sums(baseMetrics(m), fromYear, toYear, grouping, f));
    const keys = [...grouped.keys()].sort((a, b) => seriesWeight(m, grouped.get(b)!) - seriesWeight(m, grouped.get(a)!) || a.localeCompare(b));
    const top = groupBy === GroupBy.YEAR ? keys.slice(0, 1) : keys.slice(0, Math.max(1, limit));
    const labels = await this.labels(groupBy, top, m);
    return top.map((key) => ({
      key,
      label: labels.get(key) ?? key,
      points: years(fromYear, toYear).map((year) => ({ year, value: valueFromSums(m, grouped.get(key)?.get(year) ?? new Map()) })),
    }));
  }

  private async computeCompare(agencyIds: string[], metricIds: string[], fromYear: number, toYear: number): Promise<CompareRowDto[]> {
    const ids = agencyIds.map(Number);
    const defs = metricIds.map(metricOrThrow);
    const base = [...new Set(defs.flatMap(baseMetrics))];
    const grouped = group(await this.metrics.sums(base, fromYear, toYear, { kind: 'agency' }, { regionCodes: await this.scope.narrow(null), agencyTypes: null, agencyIds: ids }));
    const agencies = new Map((await this.directory.agenciesByIds(ids)).map((a) => [a.id, toAgencyDto(a)]));
    return ids.filter((id) => agencies.has(id)).flatMap((id) => defs.map((m) => ({
      agency: agencies.get(id)!,
      metric: m.id,
      points: years(fromYear, toYear).map((year) => ({ year, value: valueFromSums(m, grouped.get(String(id))?.get(year) ?? new Map()) })),
    })));
  }

  private async computeRanking(metricId: string, year: number, filter: MetricFilterInput | null | undefined, order: SortOrder, limit: number): Promise<RankingRowDto[]> {
    const m = metricOrThrow(metricId);
    const rows = await this.metrics.ranking(m.id, year, await this.scoped(filter), order === SortOrder.ASC, Math.min(Math.max(limit, 1), 1000));
    const agencies = new Map((await this.directory.agenciesByIds(rows.map((r) => r.agencyId))).map((a) => [a.id, toAgencyDto(a)]));
    return rows.map((r, i) => ({ rank: i + 1, agency: agencies.get(r.agencyId)!, value: r.value }));
  }

  private async computeOverview(year: number, filter: MetricFilterInput | null | undefined): Promise<OverviewDto> {
    const f = await this.scoped(filter);
    const defs = KPI_METRICS.map(metricOrThrow);
    const [counts, openFlags, rows] = await Promise.all([
      this.counts(year, f),
      this.metrics.openFlags(year, f),
      this.sums([...new Set(defs.flatMap(baseMetrics))], year - 1, year, { kind: 'all' }, f),
    ]);
    const byYear = group(rows).get('all');
    const kpis: KpiDto[] = defs.map((m) => {
      const value = valueFromSums(m, byYear?.get(year) ?? new Map());
      const previous = valueFromSums(m, byYear?.get(year - 1) ?? new Map());
      return { metric: m.id, label: { zh: m.zh, en: m.en }, value, previous, change: value != null && previous ? value / previous - 1 : null };
    });
    return { year, ...counts, openFlags, kpis, filter: filter ?? null };
  }

  private async computeByRegion(overview: OverviewDto, metricId: string): Promise<RegionValueDto[]> {
    const m = metricOrThrow(metricId);
    const f = await this.scoped(overview.filter);
    const grouping = await this.grouping(GroupBy.REGION, f);
    const grouped = group(await this.sums(baseMetrics(m), overview.year, overview.year, grouping, f));
    const regions = new Map((await this.directory.regionsByCodes([...grouped.keys()])).map((r) => [r.code, r]));
    return [...grouped.entries()]
      .filter(([code]) => regions.has(code))
      .map(([code, byYear]) => ({ region: regions.get(code) as RegionDto, value: valueFromSums(m, byYear.get(overview.year) ?? new Map()) }))
      .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  }

  /** The filter narrowed to the caller's regions (workbench region scope). */
  private async scoped(filter: MetricFilterInput | null | undefined): Promise<Filter> {
    const f = filterParams(filter);
    return { ...f, regionCodes: await this.scope.narrow(f.regionCodes) };
  }

  /** Sums by year, region or agency type: from metric_rollups when it can answer, else report_metrics. */
  private async sums(metrics: string[], fromYear: number, toYear: number, grouping: Grouping, f: Filter): Promise<SumRow[]> {
    const scope = grouping.kind === 'agency' ? null : await this.rollupScope(grouping, f);
    if (!scope || grouping.kind === 'agency') return this.metrics.sums(metrics, fromYear, toYear, grouping, f);
    return this.metrics.rollupSums(metrics, fromYear, toYear, grouping, scope);
  }

  private async counts(year: number, f: Filter): Promise<{ reports: number; agencies: number }> {
    const scope = await this.rollupScope({ kind: 'all' }, f);
    if (!scope) return this.metrics.counts(year, f);
    const n = await this.metrics.rollupCount(year, scope);
    return { reports: n, agencies: n };
  }

  /**
   * metric_rollups holds every report once per province and city, so it answers when there is no
   * agency filter and the regions filtered on are all of one level (none nested in another).
   */
  private async rollupScope(grouping: Grouping, f: Filter): Promise<RollupScope | null> {
    if (f.agencyIds) return null;
    let filterLevel: number | null = null;
    if (f.regionCodes) {
      const levels = await this.metrics.regionLevels(f.regionCodes);
      const distinct = new Set(levels.values());
      if (levels.size !== new Set(f.regionCodes).size || distinct.size !== 1) return null;
      filterLevel = [...distinct][0];
    }
    const level = grouping.kind === 'region' ? grouping.level : filterLevel ?? 1;
    // Rollups go down to cities; county groups are small enough for report_metrics.
    if (level > 2 || (filterLevel != null && level < filterLevel)) return null;
    return { level, filterLevel, regionCodes: f.regionCodes, agencyTypes: f.agencyTypes };
  }

  /** REGION groups one level below the deepest region filtered on (provinces when none). */
  private async grouping(groupBy: GroupBy, f: Filter): Promise<Grouping> {
    switch (groupBy) {
      case GroupBy.YEAR: return { kind: 'all' };
      case GroupBy.AGENCY_TYPE: return { kind: 'type' };
      case GroupBy.AGENCY: return { kind: 'agency' };
      case GroupBy.REGION: {
        const level = f.regionCodes ? await this.metrics.deepestLevel(f.regionCodes) : 0;
        return { kind: 'region', level: Math.min(level + 1, 3) };
      }
    }
  }

  private async labels(groupBy: GroupBy, keys: string[], m: MetricDef): Promise<Map<string, string>> {
    switch (groupBy) {
      case GroupBy.YEAR: return new Map(keys.map((k) => [k, m.zh]));
      case GroupBy.AGENCY_TYPE: return new Map(keys.map((k) => [k, agencyTypeLabel(k).zh]));
      case GroupBy.REGION: return new Map((await this.directory.regionsByCodes(keys)).map((r) => [r.code, r.fullName]));
      case GroupBy.AGENCY: return new Map((await this.directory.agenciesByIds(keys.map(Number))).map((a) => [String(a.id), a.name]));
    }
  }
}
