import { Injectable } from '@nestjs/common';
import { type MetricDef } from '@gongkai/report-format';
import { agencyTypeLabel } from '../../agencies/agency-types';
import { type RegionDto } from '../../agencies/dtos/outputs/region.dto';
import { AgenciesRepository } from '../../agencies/repositories/agencies.repository';
import { toAgencyDto } from '../../agencies/services/agencies.service';
import { GroupBy, SortOrder } from '../../common/graphql/enums';
import { filterParams, type MetricFilterInput } from '../dtos/inputs/metric-filter.input';
import { type CompareRowDto, type KpiDto, type OverviewDto, type RankingRowDto, type RegionValueDto, type TrendSeriesDto } from '../dtos/outputs/analytics.dto';
import { type Filter, type Grouping, MetricsRepository, type SumRow } from '../repositories/metrics.repository';
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
  constructor(private readonly metrics: MetricsRepository, private readonly directory: AgenciesRepository) {}

  async trend(metricId: string, fromYear: number, toYear: number, groupBy: GroupBy, filter: MetricFilterInput | null | undefined, limit: number): Promise<TrendSeriesDto[]> {
    const m = metricOrThrow(metricId);
    const f = filterParams(filter);
    const grouping = await this.grouping(groupBy, f);
    const grouped = group(await this.metrics.sums(baseMetrics(m), fromYear, toYear, grouping, f));
    const keys = [...grouped.keys()].sort((a, b) => seriesWeight(m, grouped.get(b)!) - seriesWeight(m, grouped.get(a)!) || a.localeCompare(b));
    const top = groupBy === GroupBy.YEAR ? keys.slice(0, 1) : keys.slice(0, Math.max(1, limit));
    const labels = await this.labels(groupBy, top, m);
    return top.map((key) => ({
      key,
      label: labels.get(key) ?? key,
      points: years(fromYear, toYear).map((year) => ({ year, value: valueFromSums(m, grouped.get(key)?.get(year) ?? new Map()) })),
    }));
  }

  async compare(agencyIds: string[], metricIds: string[], fromYear: number, toYear: number): Promise<CompareRowDto[]> {
    const ids = agencyIds.map(Number);
    const defs = metricIds.map(metricOrThrow);
    const base = [...new Set(defs.flatMap(baseMetrics))];
    const grouped = group(await this.metrics.sums(base, fromYear, toYear, { kind: 'agency' }, { regionCodes: null, agencyTypes: null, agencyIds: ids }));
    const agencies = new Map((await this.directory.agenciesByIds(ids)).map((a) => [a.id, toAgencyDto(a)]));
    return ids.filter((id) => agencies.has(id)).flatMap((id) => defs.map((m) => ({
      agency: agencies.get(id)!,
      metric: m.id,
      points: years(fromYear, toYear).map((year) => ({ year, value: valueFromSums(m, grouped.get(String(id))?.get(year) ?? new Map()) })),
    })));
  }

  async ranking(metricId: string, year: number, filter: MetricFilterInput | null | undefined, order: SortOrder, limit: number): Promise<RankingRowDto[]> {
    const m = metricOrThrow(metricId);
    const rows = await this.metrics.ranking(m.id, year, filterParams(filter), order === SortOrder.ASC, Math.min(Math.max(limit, 1), 1000));
    const agencies = new Map((await this.directory.agenciesByIds(rows.map((r) => r.agencyId))).map((a) => [a.id, toAgencyDto(a)]));
    return rows.map((r, i) => ({ rank: i + 1, agency: agencies.get(r.agencyId)!, value: r.value }));
  }

  async overview(year: number, filter: MetricFilterInput | null | undefined): Promise<OverviewDto> {
    const f = filterParams(filter);
    const defs = KPI_METRICS.map(metricOrThrow);
    const [counts, openFlags, rows] = await Promise.all([
      this.metrics.counts(year, f),
      this.metrics.openFlags(year, f),
      this.metrics.sums([...new Set(defs.flatMap(baseMetrics))], year - 1, year, { kind: 'all' }, f),
    ]);
    const byYear = group(rows).get('all');
    const kpis: KpiDto[] = defs.map((m) => {
      const value = valueFromSums(m, byYear?.get(year) ?? new Map());
      const previous = valueFromSums(m, byYear?.get(year - 1) ?? new Map());
      return { metric: m.id, label: { zh: m.zh, en: m.en }, value, previous, change: value != null && previous ? value / previous - 1 : null };
    });
    return { year, ...counts, openFlags, kpis, filter: filter ?? null };
  }

  async byRegion(overview: OverviewDto, metricId: string): Promise<RegionValueDto[]> {
    const m = metricOrThrow(metricId);
    const f = filterParams(overview.filter);
    const grouping = await this.grouping(GroupBy.REGION, f);
    const grouped = group(await this.metrics.sums(baseMetrics(m), overview.year, overview.year, grouping, f));
    const regions = new Map((await this.directory.regionsByCodes([...grouped.keys()])).map((r) => [r.code, r]));
    return [...grouped.entries()]
      .filter(([code]) => regions.has(code))
      .map(([code, byYear]) => ({ region: regions.get(code) as RegionDto, value: valueFromSums(m, byYear.get(overview.year) ?? new Map()) }))
      .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
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
