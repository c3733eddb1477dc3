import { Card, InputNumber, Segmented, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupBy } from '../../../generated/graphql';
import { ChartCard } from '../../../shared/chart/ChartCard';
import { buildTrendOption } from '../../../shared/chart/options/build-trend-option';
import type { NamedSeries } from '../../../shared/chart/series';
import { seriesToExport } from '../../../shared/chart/series-export';
import { SeriesTable } from '../../../shared/chart/SeriesTable';
import { ExportButtons } from '../../../shared/export/ExportButtons';
import { useMetrics } from '../../../shared/hooks/use-metrics';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { MetricSelect } from '../../../shared/ui/MetricSelect';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ScopeFilter } from '../../../shared/ui/ScopeFilter';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { useTrend } from '../hooks/use-trend';

const GROUPS: GroupBy[] = ['YEAR', 'REGION', 'AGENCY_TYPE', 'AGENCY'];
const DEFAULTS = { metric: 'requests.received', group: 'REGION', chart: 'line', from: 0, to: 0, limit: 10, regions: [] as string[], types: [] as string[] };

/** 趋势: any metric over years, grouped, as lines or bars, with the table behind the chart. */
export function TrendsPage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const { byId } = useMetrics();
  const from = s.from || bounds.min;
  const to = s.to || bounds.max;
  const groupBy = (GROUPS.includes(s.group as GroupBy) ? s.group : 'REGION') as GroupBy;
  const kind = s.chart === 'bar' ? 'bar' : 'line';
  const metric = byId.get(s.metric);
  const unit = metric?.unit ?? 'count';
  const { data, loading, error, refetch } = useTrend(s.metric, from, to, groupBy, { regions: s.regions, types: s.types }, s.limit);
  const series: NamedSeries[] = useMemo(() => (data?.trend ?? []).map((x) => ({ key: x.key, name: x.label, points: x.points })), [data]);
  const fileName = `trend-${s.metric}-${groupBy}-${from}-${to}`;

  return (
    <div data-testid="view-trends">
      <PageHeader title={t('trends.title')} extra={<>
        <MetricSelect value={s.metric} onChange={(m) => update({ metric: m })} testId="filter-metric" />
        <Select style={{ width: 130 }} value={groupBy} onChange={(g) => update({ group: g })} data-testid="filter-group"
          options={GROUPS.map((g) => ({ value: g, label: t(`trends.group.${g}`) }))} />
        {bounds.min != null && bounds.max != null && from != null && to != null && <Space size={4}>
          <YearSelect value={from} min={bounds.min} max={bounds.max} onChange={(y) => update({ from: y })} testId="filter-from" />–
          <YearSelect value={to} min={bounds.min} max={bounds.max} onChange={(y) => update({ to: y })} testId="filter-to" />
        </Space>}
        <ScopeFilter regions={s.regions} types={s.types} onChange={(p) => update(p)} />
        <Space size={4}>{t('trends.limit')}<InputNumber min={1} max={50} value={s.limit} onChange={(v) => update({ limit: v ?? 10 })} style={{ width: 64 }} /></Space>
        <Segmented value={kind} onChange={(v) => update({ chart: String(v) })} data-testid="filter-chart"
          options={[{ value: 'line', label: t('common.line') }, { value: 'bar', label: t('common.bar') }]} />
      </>} />
      <QueryState loading={bounds.loading || (loading && !data)} error={bounds.error ?? error} onRetry={() => void refetch()} empty={!loading && !bounds.loading && series.length === 0} rows={10}>
        <ChartCard title={`${pick(metric?.label) || s.metric} · ${t(`trends.group.${groupBy}`)} · ${from}–${to}`} testId="chart-trend" fileName={fileName}
          option={buildTrendOption({ series, kind, unit })} height={380} />
        <Card size="small" style={{ marginTop: 12 }} title={t('common.table')} extra={<ExportButtons table={() => seriesToExport(series, fileName, t('trends.series'))} />}>
          <SeriesTable series={series} unit={unit} firstColumn={t('trends.series')} testId="trend-table" />
        </Card>
      </QueryState>
    </div>
  );
}
