import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../shared/chart/ChartCard';
import { buildBarOption } from '../../../shared/chart/options/build-bar-option';
import { buildTrendOption } from '../../../shared/chart/options/build-trend-option';
import { seriesToExport } from '../../../shared/chart/series-export';
import type { NamedSeries } from '../../../shared/chart/series';
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
import { useOverview } from '../hooks/use-overview';
import { KpiCards } from './KpiCards';
import { FEE_SERIES, ITEM_SERIES, OUTCOME_SERIES, toNamedSeries } from './overview-series';

const DEFAULTS = { year: 0, regions: [] as string[], types: [] as string[], rm: 'requests.received' };

/** 总览: the leadership view of one year and scope. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const bounds = useYearBounds();
  const [state, update] = useSearchState(DEFAULTS);
  const year = state.year || bounds.max;
  const { byId } = useMetrics();
  const label = (id: string) => pick(byId.get(id)?.label) || id;
  const units = useMemo(() => new Map([...byId].map(([id, m]) => [id, m.unit])), [byId]);
  const { kpis, trends } = useOverview(year, bounds.min, { regions: state.regions, types: state.types }, state.rm);

  const charts = useMemo(() => {
    if (!trends.data) return null;
    return {
      items: toNamedSeries(trends.data, ITEM_SERIES, label),
      outcomes: toNamedSeries(trends.data, OUTCOME_SERIES, label),
      fees: toNamedSeries(trends.data, FEE_SERIES, label),
    };
  }, [trends.data, byId, pick]);

  const regionRows = kpis.data?.current.byRegion ?? [];
  const regionUnit = units.get(state.rm) ?? 'count';
  const chart = (key: string, title: string, series: NamedSeries[], kind: 'line' | 'bar', unit: string, stacked = false) => (
    <ChartCard title={title} testId={`chart-${key}`} fileName={`${key}-${year}`} option={buildTrendOption({ series, kind, unit, stacked })}
      extra={<ExportButtons table={() => seriesToExport(series, `${key}-${year}`, t('common.metric'))} />} />
  );

  return (
    <div data-testid="view-overview">
      <PageHeader title={t('overview.title')} extra={
        <>
          {bounds.max != null && <YearSelect value={year ?? bounds.max} min={bounds.min ?? bounds.max} max={bounds.max} onChange={(y) => update({ year: y })} testId="filter-year" />}
          <ScopeFilter regions={state.regions} types={state.types} onChange={(p) => update(p)} />
        </>
      } />
      <QueryState loading={bounds.loading || (kpis.loading && !kpis.data)} error={bounds.error ?? kpis.error} empty={!bounds.loading && bounds.max == null}>
        {kpis.data && <KpiCards data={kpis.data} units={units} />}
      </QueryState>
      <div style={{ height: 12 }} />
      <QueryState loading={trends.loading && !trends.data} error={trends.error} rows={8} empty={!trends.loading && bounds.max == null}>
        {charts && (
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>{chart('items', t('overview.items'), charts.items, 'line', 'count')}</Col>
            <Col xs={24} xl={12}>{chart('outcomes', t('overview.outcomes'), charts.outcomes, 'bar', 'count', true)}</Col>
            <Col xs={24} xl={12}>{chart('fees', t('overview.feeTrend'), charts.fees, 'bar', 'wanYuan')}</Col>
            <Col xs={24} xl={12}>
              <ChartCard title={`${t('overview.byRegion')} · ${label(state.rm)} · ${year}`}
                toolbar={<MetricSelect value={state.rm} onChange={(rm) => update({ rm })} testId="region-metric" />}
                testId="chart-region" fileName={`region-${state.rm}-${year}`}
                height={regionRows.length > 8 ? Math.max(320, regionRows.length * 20 + 40) : 320}
                option={buildBarOption({ categories: regionRows.map((r) => r.region.fullName || r.region.name), values: regionRows.map((r) => r.value), name: label(state.rm), unit: regionUnit, horizontal: regionRows.length > 8 })}
                extra={<ExportButtons table={() => ({ fileName: `region-${state.rm}-${year}`, columns: [{ key: 'region', title: t('common.region') }, { key: 'value', title: label(state.rm) }], rows: regionRows.map((r) => ({ region: r.region.fullName || r.region.name, value: r.value })) })} />} />
            </Col>
          </Row>
        )}
      </QueryState>
    </div>
  );
}
