import { useQuery } from '@apollo/client/react';
import { Card, Col, List, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoverageStatus } from '../../../generated/graphql';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { regionSummaryPath } from '../../notices/download-notice';
import { NoticeButtons } from '../../notices/components/NoticeButtons';
import { CoverageQuery } from '../graphql/coverage.query';
import { coverageRows, type CoverageRow } from './coverage-tree-rows';

export const STATUS_COLOR: Record<CoverageStatus, string> = { ON_TIME: 'green', LATE: 'orange', UNDATED: 'default', MISSING: 'red' };
const DEFAULTS = { year: 0, region: '' };
const pct = (a: number, b: number) => (b === 0 ? '—' : `${Math.round((a / b) * 1000) / 10}%`);

/** 覆盖情况: who published the year's report on time, late or not at all, region by region. */
export function CoveragePage() {
  const { t } = useTranslation();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const year = s.year || (bounds.max != null ? bounds.max : null);
  const { data, loading, error, refetch } = useQuery(CoverageQuery, { skip: year == null, variables: { year: year ?? 0, regionCode: s.region || null } });
  // The region picker lists the whole tree once (without a region filter it is all of it).
  const all = useQuery(CoverageQuery, { skip: year == null, variables: { year: year ?? 0, regionCode: null } });
  const cov = data?.coverage;
  const rows = useMemo(() => coverageRows(cov?.nodes ?? []), [cov]);
  const regionOptions = (all.data?.coverage.nodes ?? []).map((n) => ({ value: n.code, label: `${'　'.repeat(n.depth)}${n.name}` }));
  const summaryRegion = s.region || (cov?.nodes.length === 1 || cov?.nodes.filter((n) => n.depth === 0).length === 1 ? cov?.nodes[0].code : '');
  const regionName = cov?.nodes.find((n) => n.code === summaryRegion)?.name ?? '';

  return (
    <div data-testid="view-coverage">
      <PageHeader title={t('coverage.title')} extra={<>
        {bounds.max != null && year != null && <YearSelect value={year} min={bounds.min ?? bounds.max} max={bounds.max} onChange={(y) => update({ year: y })} testId="coverage-year" />}
        <Select showSearch={{ optionFilterProp: 'label' }} allowClear style={{ minWidth: 220 }} placeholder={t('coverage.allRegions')} value={s.region || undefined}
          options={regionOptions} onChange={(v) => update({ region: v ?? '' })} data-testid="coverage-region" />
      </>} />
      <QueryState loading={bounds.loading || (loading && !data)} error={bounds.error ?? error} onRetry={() => void refetch()} empty={!loading && !!cov && cov.nodes.length === 0} rows={10}>
        {cov && (
          <>
            <Card size="small" style={{ marginBottom: 12 }} extra={summaryRegion && year != null && (
              <Space><Typography.Text type="secondary">{t('coverage.summary')} · {regionName}</Typography.Text>
                <NoticeButtons size="small" testId="region-summary" fileName={`${regionName}${year}`} path={(f) => regionSummaryPath(summaryRegion, year, f)} /></Space>)}
              title={t('coverage.deadline', { date: cov.deadline })}>
              <Row gutter={16} data-testid="coverage-totals">
                <Col xs={8} md={4}><Statistic title={t('coverage.agencies')} value={cov.totals.agencies} /></Col>
                <Col xs={8} md={4}><Statistic title={t('coverage.onTime')} value={cov.totals.onTime} valueStyle={{ color: '#389e0d' }} /></Col>
                <Col xs={8} md={4}><Statistic title={t('coverage.late')} value={cov.totals.late} valueStyle={{ color: '#d46b08' }} /></Col>
                <Col xs={8} md={4}><Statistic title={t('coverage.undated')} value={cov.totals.undated} /></Col>
                <Col xs={8} md={4}><Statistic title={t('coverage.missing')} value={cov.totals.missing} valueStyle={{ color: '#cf1322' }} /></Col>
                <Col xs={8} md={4}><Statistic title={t('coverage.onTimeRate')} value={pct(cov.totals.onTime, cov.totals.agencies)} /></Col>
              </Row>
            </Card>
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={16}>
                <Card size="small" title={t('coverage.region')}>
                  <Table<CoverageRow> size="small" rowKey="key" dataSource={rows} pagination={false} data-testid="coverage-tree"
                    expandable={{ defaultExpandedRowKeys: rows.map((r) => r.key) }}
                    onRow={(r) => ({ 'data-testid': r.kind === 'region' ? `coverage-node-${r.key}` : `coverage-agency-${r.agency.agencyId}` }) as HTMLAttributes<HTMLElement>}
                    columns={[
                      { title: t('coverage.region'), render: (_, r) => r.kind === 'region' ? <b>{r.name}</b>
                        : r.agency.reportId ? <Link to={`/reports/${r.agency.reportId}`}>{r.name}</Link> : r.name },
                      { title: t('coverage.agencies'), align: 'right', render: (_, r) => (r.kind === 'region' ? r.counts.agencies : null) },
                      { title: t('coverage.onTime'), align: 'right', render: (_, r) => (r.kind === 'region' ? r.counts.onTime : null) },
                      { title: t('coverage.late'), align: 'right', render: (_, r) => (r.kind === 'region' ? r.counts.late : null) },
                      { title: t('coverage.missing'), align: 'right', render: (_, r) => (r.kind === 'region' ? <span data-testid="node-missing">{r.counts.missing}</span> : null) },
                      { title: t('coverage.publishedAt'), render: (_, r) => r.kind === 'agency'
                        ? <Space size={4}><Tag color={STATUS_COLOR[r.agency.status]} data-testid="agency-status">{t(`coverage.status.${r.agency.status}`)}</Tag>{r.agency.publishedAt ?? ''}</Space>
                        : pct(r.counts.onTime, r.counts.agencies) },
                    ]} />
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <Card size="small" title={`${t('coverage.missingList')}（${cov.missing.length}）`}>
                  <List size="small" dataSource={cov.missing.slice(0, 200)} data-testid="coverage-missing"
                    renderItem={(a) => <List.Item><span>{a.name}</span><Tag color="red">{t('coverage.status.MISSING')}</Tag></List.Item>} />
                </Card>
              </Col>
            </Row>
          </>
        )}
      </QueryState>
    </div>
  );
}
