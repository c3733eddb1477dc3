import { Card, Col, InputNumber, Row, Segmented, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RankingQuery } from '../../../generated/graphql';
import { ChartCard } from '../../../shared/chart/ChartCard';
import { buildBarOption } from '../../../shared/chart/options/build-bar-option';
import { ExportButtons } from '../../../shared/export/ExportButtons';
import { formatValue } from '../../../shared/format/format';
import { useMetrics } from '../../../shared/hooks/use-metrics';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { MetricSelect } from '../../../shared/ui/MetricSelect';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ScopeFilter } from '../../../shared/ui/ScopeFilter';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { useRanking } from '../hooks/use-ranking';

type Row = RankingQuery['ranking'][number];
const DEFAULTS = { metric: 'requests.received', year: 0, order: 'DESC', limit: 20, regions: [] as string[], types: [] as string[] };

/** 排名: top or bottom agencies by a metric in a year and scope. */
export function RankingsPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const { byId } = useMetrics();
  const year = s.year || bounds.max;
  const order = s.order === 'ASC' ? 'ASC' : 'DESC';
  const unit = byId.get(s.metric)?.unit ?? 'count';
  const metricLabel = pick(byId.get(s.metric)?.label) || s.metric;
  const { data, loading, error, refetch } = useRanking(s.metric, year, { regions: s.regions, types: s.types }, order, s.limit);
  const rows = data?.ranking ?? [];
  const fileName = `ranking-${s.metric}-${year}-${order.toLowerCase()}`;
  const exportTable = () => ({
    fileName,
    columns: [{ key: 'rank', title: t('rankings.rank') }, { key: 'agency', title: t('common.agency') }, { key: 'region', title: t('common.region') }, { key: 'type', title: t('common.agencyType') }, { key: 'value', title: metricLabel }],
    rows: rows.map((r) => ({ rank: r.rank, agency: r.agency.name, region: r.agency.region.fullName, type: pick(r.agency.typeLabel), value: r.value })),
  });

  return (
    <div data-testid="view-rankings">
      <PageHeader title={t('rankings.title')} extra={<>
        <MetricSelect value={s.metric} onChange={(m) => update({ metric: m })} testId="filter-metric" />
        {bounds.max != null && year != null && <YearSelect value={year} min={bounds.min ?? bounds.max} max={bounds.max} onChange={(y) => update({ year: y })} testId="filter-year" />}
        <ScopeFilter regions={s.regions} types={s.types} onChange={(p) => update(p)} />
        <Segmented value={order} onChange={(v) => update({ order: String(v) })} data-testid="filter-order"
          options={[{ value: 'DESC', label: t('rankings.top') }, { value: 'ASC', label: t('rankings.bottom') }]} />
        <Space size={4}>{t('rankings.limit')}<InputNumber min={1} max={100} value={s.limit} onChange={(v) => update({ limit: v ?? 20 })} style={{ width: 64 }} /></Space>
      </>} />
      <QueryState loading={bounds.loading || (loading && !data)} error={bounds.error ?? error} onRetry={() => void refetch()} empty={!loading && rows.length === 0} rows={10}>
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={12}>
            <ChartCard title={`${metricLabel} · ${year}`} testId="chart-ranking" fileName={fileName} height={Math.max(320, rows.length * 26 + 40)}
              option={buildBarOption({ categories: rows.map((r) => r.agency.name), values: rows.map((r) => r.value), name: metricLabel, unit, horizontal: true })} />
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('common.table')} extra={<ExportButtons table={exportTable} />}>
              <Table<Row> size="small" rowKey={(r) => r.agency.id} dataSource={rows} pagination={false} data-testid="ranking-table" columns={[
                { title: t('rankings.rank'), dataIndex: 'rank', width: 64 },
                { title: t('common.agency'), render: (_, r) => <Link to={`/reports?agency=${encodeURIComponent(r.agency.id)}`}>{r.agency.name}</Link> },
                { title: t('common.region'), render: (_, r) => r.agency.region.fullName },
                { title: t('common.agencyType'), render: (_, r) => pick(r.agency.typeLabel) },
                { title: metricLabel, align: 'right', render: (_, r) => <span data-testid="ranking-value">{formatValue(r.value, unit, lang)}</span> },
              ]} />
            </Card>
          </Col>
        </Row>
      </QueryState>
    </div>
  );
}
