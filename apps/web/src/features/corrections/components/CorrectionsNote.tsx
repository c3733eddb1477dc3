import { useQuery } from '@apollo/client/react';
import { Alert, Collapse, List } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../../shared/format/format';
import { useLang } from '../../../shared/i18n/use-lang';
import { ReportCorrectionsQuery } from '../graphql/report-corrections.query';

/** The report detail's note that cells were corrected, with every version (original first). */
export function CorrectionsNote({ reportId, version }: { reportId: string; version: number }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { data, refetch } = useQuery(ReportCorrectionsQuery, { variables: { id: reportId }, fetchPolicy: 'cache-and-network' });
  // A correction just saved: read the list again.
  useEffect(() => { if (version > 0) void refetch(); }, [version, refetch]);
  const list = data?.report?.corrections ?? [];
  if (list.length === 0) return null;
  const keys = new Set(list.map((c) => c.key));
  const fmt = (v: number | null) => (v == null ? t('report.blank') : formatValue(v, 'count', lang));
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="corrections-note" message={t('corrections.note', { n: keys.size })}
      description={<Collapse ghost size="small" items={[{ key: 'h', label: t('corrections.history'), children: (
        <List size="small" dataSource={list} renderItem={(c) => (
          <List.Item>{pick(c.label)}：{t('corrections.original')} {fmt(c.originalValue)}；{fmt(c.previousValue)} → <b>{fmt(c.value)}</b>（{c.reason}，{c.correctedBy}）</List.Item>
        )} />
      ) }]} />} />
  );
}
