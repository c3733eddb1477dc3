import { Alert, Card, Col, Row, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartCard } from '../../../shared/chart/ChartCard';
import { buildMixOption } from '../../../shared/chart/options/build-mix-option';
import { buildTrendOption } from '../../../shared/chart/options/build-trend-option';
import { seriesToExport } from '../../../shared/chart/series-export';
import { SeriesTable } from '../../../shared/chart/SeriesTable';
import { ExportButtons } from '../../../shared/export/ExportButtons';
import { useMetrics } from '../../../shared/hooks/use-metrics';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { flagRecords, metricSeries, outcomeTotals, outlierGrid, type FlagRecord } from '../hooks/compare-model';
import { OUTCOME_METRICS, useCompare } from '../hooks/use-compare';
import { AgencyPicker } from './AgencyPicker';

const DEFAULTS = { ids: [] as string[], metrics: ['requests.received', 'requests.disclosureRate'], from: 0, to: 0 };

/** 对比: 2–10 agencies side by side: metrics over years, outcome mix, consistency record, outliers. */
export function ComparePage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const { metrics, byId } = useMetrics();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const from = s.from || bounds.min;
  const to = s.to || bounds.max;
  const ids = s.ids.slice(0, 10);
  const { values, flags } = useCompare(ids, s.metrics, from, to);
  const rows = useMemo(() => values.data?.compare ?? [], [values.data]);
  // Names of agencies that came in through the URL are known once the comparison answers.
  const known = useMemo(() => new Map([...names, ...rows.map((r) => [r.agency.id, r.agency.name] as const)]), [names, rows]);
  const nameOf = (id: string) => known.get(id) ?? id;
  const agencies = ids.map((id) => ({ id, name: nameOf(id) }));
  const label = (id: string) => pick(byId.get(id)?.label) || id;
  const records = flagRecords(flags.data?.reports.edges.map((e) => e.node) ?? [], ids);
  const mix = outcomeTotals(rows, OUTCOME_METRICS, agencies).map((r) => ({ name: r.name, parts: r.parts.map((p) => ({ name: label(p.metric), value: p.value })) }));

  return (
    <div data-testid="view-compare">
      <PageHeader title={t('compare.title')} extra={<>
        {bounds.min != null && bounds.max != null && from != null && to != null && <Space size={4}>
          <YearSelect value={from} min={bounds.min} max={bounds.max} onChange={(y) => update({ from: y })} testId="filter-from" />–
          <YearSelect value={to} min={bounds.min} max={bounds.max} onChange={(y) => update({ to: y })} testId="filter-to" />
        </Space>}
        <Select mode="multiple" style={{ minWidth: 280 }} value={s.metrics} onChange={(m: string[]) => update({ metrics: m })} placeholder={t('compare.metrics')}
          options={metrics.map((m) => ({ value: m.id, label: pick(m.label) }))} maxTagCount="responsive" data-testid="filter-metrics" showSearch={{ optionFilterProp: 'label' }} />
      </>} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <AgencyPicker value={ids} names={known} onChange={(next, n) => { setNames(n); update({ ids: next }); }} />
        {ids.length < 2 && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('compare.tooFew')} />}
      </Card>
      {ids.length >= 2 && (
        <QueryState loading={(values.loading && !values.data) || bounds.loading} error={values.error ?? bounds.error} onRetry={() => void values.refetch()} rows={10}>
          <Alert type="warning" showIcon title={t('compare.outlierHint')} style={{ marginBottom: 12 }} className="no-print" />
          <Row gutter={[12, 12]}>
            {s.metrics.map((m) => {
              const series = metricSeries(rows, m, agencies);
              const unit = byId.get(m)?.unit ?? 'count';
              const grid = outlierGrid(series);
              const fileName = `compare-${m}-${from}-${to}`;
              return (
                <Col key={m} xs={24} xl={12}>
                  <ChartCard title={label(m)} testId={`chart-compare-${m}`} fileName={fileName} option={buildTrendOption({ series, kind: 'line', unit })}
                    extra={<ExportButtons table={() => seriesToExport(series, fileName, t('common.agency'))} />}>
                    <SeriesTable series={series} unit={unit} firstColumn={t('common.agency')} testId={`compare-table-${m}`} highlight={(i, j) => grid[i]?.[j] ?? false} />
                  </ChartCard>
                </Col>
              );
            })}
            <Col xs={24} xl={12}>
              <ChartCard title={`${t('compare.outcomeMix')} · ${from}–${to}`} testId="chart-mix" fileName={`compare-outcomes-${from}-${to}`} option={buildMixOption(mix)} height={Math.max(240, ids.length * 36 + 80)}
                extra={<ExportButtons table={() => ({ fileName: `compare-outcomes-${from}-${to}`, columns: [{ key: 'name', title: t('common.agency') }, ...OUTCOME_METRICS.map((m) => ({ key: m, title: label(m) }))], rows: outcomeTotals(rows, OUTCOME_METRICS, agencies).map((r) => Object.fromEntries([['name', r.name], ...r.parts.map((p) => [p.metric, p.value])])) })} />} />
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('compare.consistency')} extra={<ExportButtons table={() => ({ fileName: `compare-flags-${from}-${to}`, columns: [{ key: 'name', title: t('common.agency') }, { key: 'reports', title: t('compare.reports') }, { key: 'errors', title: t('compare.errors') }, { key: 'warnings', title: t('compare.warnings') }, { key: 'infos', title: t('compare.infos') }], rows: records.map((r) => ({ ...r, name: nameOf(r.id) })) })} />}>
                <QueryState loading={flags.loading && !flags.data} error={flags.error}>
                  <Table<FlagRecord> size="small" rowKey="id" pagination={false} dataSource={records} data-testid="compare-flags" columns={[
                    { title: t('common.agency'), render: (_, r) => <Link to={`/reports?agency=${encodeURIComponent(r.id)}`}>{nameOf(r.id)}</Link> },
                    { title: t('compare.reports'), dataIndex: 'reports', align: 'right' },
                    { title: t('compare.errors'), dataIndex: 'errors', align: 'right', render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0) },
                    { title: t('compare.warnings'), dataIndex: 'warnings', align: 'right', render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : 0) },
                    { title: t('compare.infos'), dataIndex: 'infos', align: 'right' },
                  ]} />
                </QueryState>
              </Card>
            </Col>
          </Row>
        </QueryState>
      )}
    </div>
  );
}
