import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Result, Row, Space, Switch, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../../app/auth/use-can';
import { ExportButtons } from '../../../shared/export/ExportButtons';
import { CorrectionModal } from '../../corrections/components/CorrectionModal';
import { CorrectionsNote } from '../../corrections/components/CorrectionsNote';
import { agencyNoticePath } from '../../notices/download-notice';
import { NoticeButtons } from '../../notices/components/NoticeButtons';
import { SimilarityPanel } from '../../similarity/components/SimilarityPanel';
import type { ExportTable } from '../../../shared/export/export-table';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { useReport } from '../hooks/use-report';
import { FlagList } from './FlagList';
import { columnKeyOf, type ApiTable } from './report-table-model';
import { ReportTableView } from './ReportTableView';
import { SourceTextPanel } from './SourceTextPanel';

const DEFAULTS = { flag: '', cell: '', prev: true };

/** 报告详情: the three tables as in the original, flags beside them, the source text with the selected cell. */
export function ReportDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLang();
  const [s, update] = useSearchState(DEFAULTS);
  const { data, loading, error, refetch } = useReport(id);
  const report = data?.report;
  const activeFlag = report?.flags.find((f) => f.id === s.flag) ?? null;
  const activeCells = useMemo(() => new Set(activeFlag?.cells ?? []), [activeFlag]);
  const allCells = useMemo(() => new Map((report?.tables ?? []).flatMap((tb) => tb.rows.flatMap((r) => r.cells.map((c) => [c.key, c] as const)))), [report]);
  const selected = s.cell ? allCells.get(s.cell) ?? null : null;
  // Workbench: supervisors correct cells (double-click or the button by the source) and download the notice.
  const canReview = useCan('review');
  const [editKey, setEditKey] = useState<string | null>(null);
  const [corrections, setCorrections] = useState(0);

  const exportTable = (tb: ApiTable): ExportTable => {
    const keys = [...new Set(tb.rows.flatMap((r) => r.cells.map((c) => columnKeyOf(tb.id, r.key, c.key))))];
    return {
      fileName: `${report?.agency.name ?? 'report'}-${report?.year ?? ''}-${tb.id}`,
      columns: [{ key: '_row', title: pick(tb.label) }, ...keys.map((k) => ({ key: k, title: pick(tb.columns.find((c) => c.key === k)?.label) || k }))],
      rows: tb.rows.map((r) => Object.fromEntries([['_row', `${r.number ?? ''}${pick(r.label)}`], ...r.cells.map((c) => [columnKeyOf(tb.id, r.key, c.key), c.value])])),
    };
  };

  return (
    <div data-testid="view-report">
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} rows={12}>
        {!report ? <Result status="404" title={t('report.notFound')} extra={<Link to="/reports">{t('report.back')}</Link>} /> : (
          <>
            <PageHeader title={<Space><Link to="/reports" className="no-print"><ArrowLeftOutlined /></Link>{report.agency.name} · {report.year}</Space>}
              extra={<Space>{canReview && <NoticeButtons size="small" testId="report-notice" fileName={`${report.agency.name}${report.year}`} path={(f) => agencyNoticePath(report.agency.id, report.year, f)} />}
                {report.previousReportId && <Link to={`/reports/${report.previousReportId}`} data-testid="previous-report">{t('report.previousReport')}</Link>}</Space>} />
            <CorrectionsNote reportId={report.id} version={corrections} />
            <Card size="small" style={{ marginBottom: 12 }}>
              <Descriptions size="small" column={{ xs: 1, md: 3, xl: 4 }} items={[
                { key: 'title', label: t('report.title'), children: report.title, span: 2 },
                { key: 'region', label: t('common.region'), children: report.agency.region.fullName },
                { key: 'type', label: t('common.agencyType'), children: pick(report.agency.typeLabel) },
                { key: 'template', label: t('reports.template'), children: `${report.template}（${report.layout}）` },
                { key: 'published', label: t('reports.publishedAt'), children: report.publishedAt ?? '—' },
                { key: 'file', label: t('reports.fileName'), children: report.fileName },
                { key: 'status', label: t('reports.status'), children: <Tag>{report.status}</Tag> },
              ]} />
            </Card>
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={15}>
                {report.tables.map((tb) => (
                  <Card key={tb.id} size="small" title={pick(tb.label)} style={{ marginBottom: 12 }} extra={<Space><span className="no-print"><Switch size="small" checked={s.prev} onChange={(prev) => update({ prev })} data-testid="toggle-previous" /> {t('report.showPrevious')}</span><ExportButtons table={() => exportTable(tb)} /></Space>}>
                    <div style={{ overflowX: 'auto' }}>
                      <ReportTableView table={tb} template={report.template} activeCells={activeCells} selectedCell={s.cell || null} showPrevious={s.prev}
                        onSelectCell={(cell) => update({ cell })} onEditCell={canReview ? setEditKey : undefined} />
                    </div>
                  </Card>
                ))}
              </Col>
              <Col xs={24} xl={9}>
                <div className="report-side">
                <Card size="small" title={`${t('report.flags')}（${report.flags.length}）`} style={{ marginBottom: 12 }}>
                  <FlagList flags={report.flags} activeId={activeFlag?.id ?? null} onReviewed={() => void refetch()}
                    onSelect={(f) => update({ flag: f.id === activeFlag?.id ? '' : f.id, cell: f.id === activeFlag?.id ? s.cell : f.cells.find((c) => allCells.has(c)) ?? '' })} />
                </Card>
                <Card size="small" title={`${t('report.source')}${selected ? ` · ${selected.key}` : ''}`}
                  extra={canReview && selected && <Button size="small" onClick={() => setEditKey(selected.key)} data-testid="correct-cell">{t('corrections.open')}</Button>}>
                  <SourceTextPanel text={report.sourceText} pos={selected?.pos ?? null} cellSelected={selected != null} />
                </Card>
                </div>
              </Col>
            </Row>
            <Card size="small" title={t('similarity.tab')} style={{ marginTop: 12 }} data-testid="similarity-card">
              <SimilarityPanel reportId={report.id} />
            </Card>
            <CorrectionModal reportId={report.id} cell={editKey ? allCells.get(editKey) ?? null : null} onClose={() => setEditKey(null)}
              onSaved={() => { setEditKey(null); setCorrections((n) => n + 1); void refetch(); }} />
          </>
        )}
      </QueryState>
    </div>
  );
}
