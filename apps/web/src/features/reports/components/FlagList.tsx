import { Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportQuery } from '../../../generated/graphql';
import { flagCodeLabel } from '../../../shared/catalog/flag-codes';
import { useLang } from '../../../shared/i18n/use-lang';
import { SeverityTag, StatusTag } from '../../flags/components/flag-tags';
import { ReviewActions } from '../../flags/components/ReviewActions';

type Flag = NonNullable<ReportQuery['report']>['flags'][number];

const show = (v: unknown): string => (v == null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The report's flags beside its tables; clicking one marks its cells. */
export function FlagList({ flags, activeId, onSelect, onReviewed }: { flags: readonly Flag[]; activeId: string | null; onSelect: (f: Flag) => void; onReviewed: () => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  if (flags.length === 0) return <Empty description={t('report.noFlags')} />;
  return (
    <List size="small" dataSource={[...flags]} data-testid="flag-list" renderItem={(f) => (
      <List.Item key={f.id} onClick={() => onSelect(f)} data-testid={`flag-${f.code}`} data-active={f.id === activeId ? 'true' : 'false'}
        style={{ cursor: 'pointer', background: f.id === activeId ? '#fff1f0' : undefined, display: 'block', padding: '8px' }}>
        <Space size={4} wrap>
          <SeverityTag severity={f.severity} />
          <Typography.Text strong>{flagCodeLabel(f.code, lang)}</Typography.Text>
          <StatusTag status={f.status} />
        </Space>
        <div style={{ marginTop: 4 }} data-testid="flag-message">{pick(f.message)}</div>
        {(f.expected != null || f.actual != null) && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('report.expected')} {show(f.expected)} · {t('report.actual')} {show(f.actual)}</Typography.Text>
        )}
        {f.note && <div style={{ fontSize: 12, color: '#8c8c8c' }}>{t('flags.note')}：{f.note}{f.reviewer ? `（${f.reviewer}）` : ''}</div>}
        {f.status === 'OPEN' && <div style={{ marginTop: 4 }}><ReviewActions flagId={f.id} onDone={onReviewed} /></div>}
      </List.Item>
    )} />
  );
}
