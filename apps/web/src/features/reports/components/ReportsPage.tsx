import { Card, Input, Space, Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/auth/use-can';
import { Link } from 'react-router';
import type { ReportSort, ReportsQuery, SortOrder } from '../../../generated/graphql';
import { ExportButtons } from '../../../shared/export/ExportButtons';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ScopeFilter } from '../../../shared/ui/ScopeFilter';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { useReports } from '../hooks/use-reports';

type Row = ReportsQuery['reports']['edges'][number]['node'];
const SORTS: ReportSort[] = ['YEAR', 'AGENCY', 'REGION', 'FLAGS', 'PUBLISHED_AT'];
const DEFAULTS = { q: '', sort: 'YEAR', order: 'DESC', page: 1, size: 20, year: 0, regions: [] as string[], types: [] as string[], agency: [] as string[] };

/** 报告: searchable, sortable, paginated list of reports with their flag counts. */
export function ReportsPage() {
  const { t } = useTranslation();
  const canExport = useCan('export');
  const { pick } = useLang();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const sort = (SORTS.includes(s.sort as ReportSort) ? s.sort : 'YEAR') as ReportSort;
  const order: SortOrder = s.order === 'ASC' ? 'ASC' : 'DESC';
  const filter = {
    search: s.q || null, fromYear: s.year || null, toYear: s.year || null,
    regionCodes: s.regions.length ? s.regions : null, agencyTypes: s.types.length ? s.types : null, agencyIds: s.agency.length ? s.agency : null,
  };
  const { rows, total, loading, error, data, refetch } = useReports(filter, sort, order, s.page, s.size);
  const sortOrder = (key: ReportSort) => (sort === key ? (order === 'ASC' ? 'ascend' : 'descend') : null);
  const exportTable = () => ({
    fileName: `reports-p${s.page}`,
    columns: [{ key: 'year', title: t('common.year') }, { key: 'agency', title: t('common.agency') }, { key: 'region', title: t('common.region') }, { key: 'template', title: t('reports.template') },
      { key: 'publishedAt', title: t('reports.publishedAt') }, { key: 'errors', title: t('reports.errors') }, { key: 'warnings', title: t('reports.warnings') }, { key: 'infos', title: t('reports.infos') }, { key: 'fileName', title: t('reports.fileName') }],
    rows: rows.map((r) => ({ year: r.year, agency: r.agency.name, region: r.agency.region.fullName, template: r.template, publishedAt: r.publishedAt, errors: r.errorCount, warnings: r.warningCount, infos: r.infoCount, fileName: r.fileName })),
  });

  return (
    <div data-testid="view-reports">
      <PageHeader title={t('reports.title')} extra={<>
        <Input.Search allowClear placeholder={t('reports.search')} defaultValue={s.q} onSearch={(q) => update({ q, page: 1 })} style={{ width: 260 }} data-testid="reports-search" />
        {bounds.max != null && <YearSelect value={s.year} allowAll min={bounds.min ?? bounds.max} max={bounds.max} onChange={(y) => update({ year: y, page: 1 })} testId="filter-year" />}
        <ScopeFilter regions={s.regions} types={s.types} onChange={(p) => update({ ...p, page: 1 })} />
        {s.agency.length > 0 && <Tag closable onClose={() => update({ agency: [], page: 1 })}>{t('common.agency')}: {s.agency.length}</Tag>}
      </>} />
      <Card size="small" extra={canExport ? <ExportButtons table={exportTable} /> : undefined}>
        <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!loading && total === 0}>
          <Table<Row> size="small" rowKey="id" dataSource={rows} loading={loading} data-testid="reports-table"
            pagination={{ current: s.page, pageSize: s.size, total, showSizeChanger: true, pageSizeOptions: [10, 20, 50], showTotal: (n) => t('common.totalItems', { n }) }}
            onChange={(p, _f, sorter) => {
              const so = sorter as SorterResult<Row>;
              const key = so.columnKey as ReportSort | undefined;
              const changedSort = key && so.order ? { sort: key, order: so.order === 'ascend' ? 'ASC' : 'DESC' } : {};
              update({ page: p.current ?? 1, size: p.pageSize ?? 20, ...changedSort });
            }}
            columns={[
              { title: t('common.year'), key: 'YEAR', dataIndex: 'year', width: 80, sorter: true, sortOrder: sortOrder('YEAR') },
              { title: t('common.agency'), key: 'AGENCY', sorter: true, sortOrder: sortOrder('AGENCY'), render: (_, r) => <Link to={`/reports/${r.id}`} data-testid="report-link">{r.agency.name}</Link> },
              { title: t('common.region'), key: 'REGION', sorter: true, sortOrder: sortOrder('REGION'), render: (_, r) => r.agency.region.fullName },
              { title: t('common.agencyType'), key: 'type', render: (_, r) => pick(r.agency.typeLabel) },
              { title: t('reports.template'), key: 'template', dataIndex: 'template', width: 90 },
              { title: t('reports.publishedAt'), key: 'PUBLISHED_AT', dataIndex: 'publishedAt', sorter: true, sortOrder: sortOrder('PUBLISHED_AT'), width: 120 },
              { title: t('reports.flags'), key: 'FLAGS', sorter: true, sortOrder: sortOrder('FLAGS'), render: (_, r) => (
                <Space size={2} data-testid="report-flag-counts">
                  <Tag color={r.errorCount ? 'red' : 'default'} title={t('reports.errors')}>{r.errorCount}</Tag>
                  <Tag color={r.warningCount ? 'orange' : 'default'} title={t('reports.warnings')}>{r.warningCount}</Tag>
                  <Tag color={r.infoCount ? 'blue' : 'default'} title={t('reports.infos')}>{r.infoCount}</Tag>
                </Space>
              ) },
              { title: t('reports.fileName'), key: 'fileName', dataIndex: 'fileName', ellipsis: true },
            ]} />
        </QueryState>
      </Card>
    </div>
  );
}
