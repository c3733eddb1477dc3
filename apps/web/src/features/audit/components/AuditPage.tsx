import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery as AuditLogResult } from '../../../generated/graphql';
import { ExportButtons } from '../../../shared/export/ExportButtons';
import type { ExportTable } from '../../../shared/export/export-table';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { auditActionKey, auditDetailText, formatAuditTime } from '../audit-format';
import { AuditActionsQuery } from '../graphql/audit-actions.query';
import { useAuditLog } from '../hooks/use-audit-log';
import { AuditDetail } from './AuditDetail';

type Row = AuditLogResult['auditLog'][number];
const DEFAULTS = { action: '', actor: '', page: 1, size: 50 };

/** 审计日志: who did what and when (uploads, reviews, rechecks, sign-ins, exports), for admins. */
export function AuditPage() {
  const { t } = useTranslation();
  const [s, update] = useSearchState(DEFAULTS);
  const log = useAuditLog(s.action, s.actor);
  const actions = useQuery(AuditActionsQuery);
  const actionLabel = (a: string) => t(`audit.actions.${auditActionKey(a)}`, { defaultValue: a });
  const known = actions.data?.auditActions ?? [];
  const actionOptions = (s.action && !known.includes(s.action) ? [...known, s.action] : known).map((a) => ({ value: a, label: t('audit.option', { label: actionLabel(a), code: a }) }));

  const exportTable = (): ExportTable => ({
    fileName: ['audit-log', s.action, s.actor].filter(Boolean).join('-'),
    columns: [{ key: 'at', title: t('audit.time') }, { key: 'actor', title: t('audit.actor') }, { key: 'action', title: t('audit.action') },
      { key: 'code', title: t('audit.code') }, { key: 'detail', title: t('audit.detail') }],
    rows: log.rows.map((r) => ({ at: formatAuditTime(r.at), actor: r.actor, action: actionLabel(r.action), code: r.action, detail: auditDetailText(r.detail) })),
  });

  return (
    <div data-testid="view-audit">
      <PageHeader title={t('audit.title')} extra={<>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 220 }} placeholder={t('audit.allActions')} value={s.action || undefined}
          options={actionOptions} loading={actions.loading} onChange={(v?: string) => update({ action: v ?? '', page: 1 })} data-testid="audit-filter-action" />
        <Input.Search key={s.actor} allowClear defaultValue={s.actor} placeholder={t('audit.actorSearch')} style={{ width: 240 }}
          onSearch={(actor) => update({ actor: actor.trim(), page: 1 })} data-testid="audit-filter-actor" />
      </>} />
      <Card size="small" style={{ marginTop: 12 }} extra={<ExportButtons table={exportTable} />}
        title={log.data ? <Typography.Text type="secondary" data-testid="audit-count">{t('audit.shown', { n: log.rows.length })}</Typography.Text> : null}>
        <QueryState loading={log.loading && !log.data} error={log.error} onRetry={() => void log.refetch()} empty={!log.loading && log.rows.length === 0} rows={8}>
          <Table<Row> size="small" rowKey="id" dataSource={log.rows} data-testid="audit-table"
            onRow={(r) => ({ 'data-action': r.action, 'data-id': r.id } as HTMLAttributes<HTMLElement>)}
            pagination={{ current: s.page, pageSize: s.size, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => t('common.totalItems', { n }) }}
            onChange={(p) => update({ page: p.current ?? 1, size: p.pageSize ?? 50 })}
            columns={[
              { title: t('audit.time'), width: 170, render: (_, r) => <span data-testid="audit-time" data-at={r.at}>{formatAuditTime(r.at)}</span> },
              { title: t('audit.actor'), width: 220, render: (_, r) => <span data-testid="audit-actor">{r.actor}</span> },
              { title: t('audit.action'), width: 200, render: (_, r) => (
                <Flex gap={4} align="center" wrap>
                  <Tag color={r.action.includes('fail') || r.action.includes('reject') ? 'red' : 'blue'} data-testid="audit-action">{actionLabel(r.action)}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.action}</Typography.Text>
                </Flex>
              ) },
              { title: t('audit.detail'), render: (_, r) => <AuditDetail detail={r.detail} /> },
            ]} />
          <Flex justify="center" style={{ marginTop: 8 }} className="no-print">
            {log.hasOlder
              ? <Button onClick={() => void log.loadOlder()} loading={log.loadingOlder} data-testid="audit-load-older">{t('audit.loadOlder')}</Button>
              : <Typography.Text type="secondary">{t('audit.end')}</Typography.Text>}
          </Flex>
        </QueryState>
      </Card>
    </div>
  );
}
