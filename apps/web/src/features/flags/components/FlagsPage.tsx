import { Card, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/auth/use-can';
import { Link } from 'react-router';
import type { FlagsQuery, ReviewStatus, Severity } from '../../../generated/graphql';
import { FLAG_CODE_ORDER, flagCodeLabel } from '../../../shared/catalog/flag-codes';
import { ChartCard } from '../../../shared/chart/ChartCard';
import { buildFlagCountsOption } from '../../../shared/chart/options/build-flag-counts-option';
import { ExportButtons } from '../../../shared/export/ExportButtons';
import { useScopeOptions } from '../../../shared/hooks/use-scope-options';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { useFlagCounts, useFlagQueue } from '../hooks/use-flags';
import { SeverityTag, StatusTag } from './flag-tags';
import { ReviewActions } from './ReviewActions';

type Row = FlagsQuery['flags']['nodes'][number];
const SEVERITIES: Severity[] = ['ERROR', 'WARNING', 'INFO'];
const STATUSES: ReviewStatus[] = ['OPEN', 'CONFIRMED', 'DISMISSED'];
const DEFAULTS = { codes: [] as string[], sev: [] as string[], status: ['OPEN'], regions: [] as string[], year: 0, page: 1, size: 20 };

/** 问题: the review queue, filterable by code, severity, status, region and year, with counts by code over years. */
export function FlagsPage() {
  const { t } = useTranslation();
  const canExport = useCan('export');
  const { lang, pick } = useLang();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const { regionOptions } = useScopeOptions();
  const filter = {
    codes: s.codes.length ? (s.codes as Row['code'][]) : null,
    severities: s.sev.length ? (s.sev as Severity[]) : null,
    statuses: s.status.length ? (s.status as ReviewStatus[]) : null,
    regionCodes: s.regions.length ? s.regions : null,
    fromYear: s.year || null, toYear: s.year || null,
  };
  const queue = useFlagQueue(filter, s.page, s.size);
  const counts = useFlagCounts(bounds.min, bounds.max, s.regions);
  const countRows = (counts.data?.flagCounts ?? []).filter((c) => !s.codes.length || s.codes.includes(c.code));
  const label = (code: string) => flagCodeLabel(code, lang);
  const exportTable = () => ({
    fileName: `flags-p${s.page}`,
    columns: [{ key: 'code', title: t('flags.code') }, { key: 'severity', title: t('flags.severity') }, { key: 'agency', title: t('common.agency') }, { key: 'year', title: t('common.year') },
      { key: 'message', title: t('flags.message') }, { key: 'cells', title: t('flags.cells') }, { key: 'status', title: t('flags.status') }, { key: 'note', title: t('flags.note') }],
    rows: queue.rows.map((f) => ({ code: label(f.code), severity: t(`flags.sev.${f.severity}`), agency: f.report.agency.name, year: f.report.year, message: pick(f.message), cells: f.cells.join(' '), status: t(`flags.st.${f.status}`), note: f.note })),
  });

  return (
    <div data-testid="view-flags">
      <PageHeader title={t('flags.title')} extra={<>
        <Select mode="multiple" allowClear style={{ minWidth: 220 }} placeholder={t('flags.code')} value={s.codes} onChange={(v: string[]) => update({ codes: v, page: 1 })}
          options={FLAG_CODE_ORDER.map((c) => ({ value: c, label: label(c) }))} maxTagCount="responsive" data-testid="filter-code" />
        <Select mode="multiple" allowClear style={{ minWidth: 140 }} placeholder={t('flags.severity')} value={s.sev} onChange={(v: string[]) => update({ sev: v, page: 1 })}
          options={SEVERITIES.map((v) => ({ value: v, label: t(`flags.sev.${v}`) }))} data-testid="filter-severity" />
        <Select mode="multiple" allowClear style={{ minWidth: 140 }} placeholder={t('flags.status')} value={s.status} onChange={(v: string[]) => update({ status: v, page: 1 })}
          options={STATUSES.map((v) => ({ value: v, label: t(`flags.st.${v}`) }))} data-testid="filter-status" />
        <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 180 }} placeholder={t('common.allRegions')} value={s.regions}
          onChange={(v: string[]) => update({ regions: v, page: 1 })} options={regionOptions} maxTagCount="responsive" data-testid="filter-region" />
        {bounds.max != null && <YearSelect value={s.year} allowAll min={bounds.min ?? bounds.max} max={bounds.max} onChange={(y) => update({ year: y, page: 1 })} testId="filter-year" />}
      </>} />
      <QueryState loading={counts.loading && !counts.data} error={counts.error} rows={6}>
        <ChartCard title={t('flags.byCodeOverYears')} testId="chart-flag-counts" fileName="flag-counts" height={280}
          option={buildFlagCountsOption(countRows, FLAG_CODE_ORDER, label)}
          extra={<ExportButtons table={() => ({ fileName: 'flag-counts', columns: [{ key: 'code', title: t('flags.code') }, { key: 'year', title: t('common.year') }, { key: 'count', title: t('common.value') }], rows: countRows.map((c) => ({ code: label(c.code), year: c.year, count: c.count })) })} />} />
      </QueryState>
      <Card size="small" style={{ marginTop: 12 }} extra={canExport ? <ExportButtons table={exportTable} /> : undefined}>
        <QueryState loading={queue.loading && !queue.data} error={queue.error} onRetry={() => void queue.refetch()} empty={!queue.loading && queue.total === 0}>
          <Table<Row> size="small" rowKey="id" dataSource={queue.rows} loading={queue.loading} data-testid="flags-table"
            pagination={{ current: s.page, pageSize: s.size, total: queue.total, showSizeChanger: true, pageSizeOptions: [10, 20, 50], showTotal: (n) => t('common.totalItems', { n }) }}
            onChange={(p) => update({ page: p.current ?? 1, size: p.pageSize ?? 20 })}
            columns={[
              { title: t('flags.severity'), width: 80, render: (_, f) => <SeverityTag severity={f.severity} /> },
              { title: t('flags.code'), width: 180, render: (_, f) => <span data-testid="flag-code" data-code={f.code}>{label(f.code)}</span> },
              { title: t('flags.report'), width: 220, render: (_, f) => <Link to={`/reports/${f.report.id}?flag=${encodeURIComponent(f.id)}`}>{f.report.agency.name} · {f.report.year}</Link> },
              { title: t('flags.message'), render: (_, f) => <span data-testid="flag-message">{pick(f.message)}</span> },
              { title: t('flags.status'), width: 200, render: (_, f) => (
                <Space orientation="vertical" size={2}>
                  <StatusTag status={f.status} />
                  {f.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{f.note}{f.reviewer ? `（${f.reviewer}）` : ''}</Typography.Text>}
                </Space>
              ) },
              { title: t('flags.review'), width: 150, className: 'no-print', render: (_, f) => (f.status === 'OPEN' ? <ReviewActions flagId={f.id} onDone={() => void queue.refetch()} /> : null) },
            ]} />
        </QueryState>
      </Card>
    </div>
  );
}
