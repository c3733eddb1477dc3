import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Input, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyDirectoryQuery as AgencyDirectoryResult } from '../../../generated/graphql';
import { useScopeOptions } from '../../../shared/hooks/use-scope-options';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { AgencyDirectoryQuery } from '../graphql/agency-directory.query';
import { UpdateAgencyMutation } from '../graphql/update-agency.mutation';
import { importDirectoryFile } from '../import-directory-file';

type Row = AgencyDirectoryResult['agencyDirectory']['nodes'][number];
type Draft = { name: string; type: string; region: string; parentId: string | null };
const DEFAULTS = { q: '', page: 1 };
const PAGE = 50;

/** 机关名录: the agencies that must publish; an admin imports a CSV/XLSX and edits rows in place. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { message } = App.useApp();
  const [s, update] = useSearchState(DEFAULTS);
  const { typeOptions } = useScopeOptions();
  const { data, loading, error, refetch } = useQuery(AgencyDirectoryQuery, { variables: { search: s.q || null, limit: PAGE, offset: (s.page - 1) * PAGE } });
  const [save, saving] = useMutation(UpdateAgencyMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const rows = data?.agencyDirectory.nodes ?? [];

  const upload = async (file: File) => {
    setImportError(null);
    try {
      const r = await importDirectoryFile(file);
      void message.success(t('directory.imported', r));
      void refetch();
    } catch (e) {
      setImportError((e as Error).message);
    }
  };
  const commit = async (r: Row) => {
    if (!draft) return;
    try {
      await save({ variables: { id: r.id, input: { name: draft.name, type: draft.type, parentId: draft.parentId, ...(draft.region !== r.regionCode ? { regionCode: draft.region } : {}) } } });
      void message.success(t('directory.saved'));
      setEditing(null);
      void refetch();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  const isEditing = (r: Row) => editing === r.id && draft != null;

  return (
    <div data-testid="view-directory">
      <PageHeader title={t('directory.title')} extra={<>
        <Input.Search allowClear defaultValue={s.q} placeholder={t('common.search')} onSearch={(q) => update({ q, page: 1 })} style={{ width: 240 }} data-testid="directory-search" />
        <Upload accept=".csv,.xlsx" showUploadList={false} beforeUpload={(f) => { void upload(f); return false; }}>
          <Button icon={<UploadOutlined />} data-testid="directory-import">{t('directory.import')}</Button>
        </Upload>
      </>} />
      <Typography.Paragraph type="secondary">{t('directory.importHint')}</Typography.Paragraph>
      {importError && <Alert type="error" showIcon closable style={{ marginBottom: 12, whiteSpace: 'pre-wrap' }} message={importError} data-testid="directory-import-error" onClose={() => setImportError(null)} />}
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} rows={10}>
        <Card size="small">
          <Table<Row> size="small" rowKey="id" dataSource={rows} loading={loading} data-testid="directory-table"
            pagination={{ current: s.page, pageSize: PAGE, total: data?.agencyDirectory.totalCount ?? 0, showSizeChanger: false, onChange: (page) => update({ page }) }}
            columns={[
              { title: t('directory.name'), render: (_, r) => (isEditing(r)
                ? <Input size="small" value={draft!.name} onChange={(e) => setDraft({ ...draft!, name: e.target.value })} data-testid="edit-name" /> : r.name) },
              { title: t('directory.type'), width: 150, render: (_, r) => (isEditing(r)
                ? <Select size="small" style={{ width: 140 }} value={draft!.type} options={typeOptions} onChange={(v: string) => setDraft({ ...draft!, type: v })} data-testid="edit-type" />
                : pick(r.typeLabel)) },
              { title: t('directory.region'), render: (_, r) => (isEditing(r)
                ? <Input size="small" value={draft!.region} placeholder={t('directory.regionCode')} onChange={(e) => setDraft({ ...draft!, region: e.target.value })} data-testid="edit-region" />
                : r.regionName) },
              { title: t('directory.parent'), render: (_, r) => (isEditing(r)
                ? <Select size="small" allowClear style={{ width: 200 }} value={draft!.parentId ?? undefined} placeholder={t('directory.noParent')}
                    options={rows.filter((x) => x.id !== r.id).map((x) => ({ value: x.id, label: x.name }))} onChange={(v?: string) => setDraft({ ...draft!, parentId: v ?? null })} />
                : r.parentName ?? '') },
              { title: t('directory.reports'), dataIndex: 'reportCount', align: 'right', width: 80 },
              { title: '', width: 150, render: (_, r) => (isEditing(r)
                ? <Space size={4}><Button size="small" type="primary" loading={saving.loading} onClick={() => void commit(r)} data-testid="edit-save">{t('directory.save')}</Button>
                    <Button size="small" onClick={() => setEditing(null)}>{t('directory.cancel')}</Button></Space>
                : <Button size="small" onClick={() => { setEditing(r.id); setDraft({ name: r.name, type: r.type, region: r.regionCode, parentId: r.parentId }); }} data-testid={`edit-${r.id}`}>{t('directory.edit')}</Button>) },
            ]} />
        </Card>
      </QueryState>
    </div>
  );
}
