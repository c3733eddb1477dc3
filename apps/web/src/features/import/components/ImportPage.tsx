import { InboxOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Card, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { uploadFile, type UploadResult } from '../hooks/upload-file';

type Item = { uid: string; name: string; percent: number; state: 'uploading' | 'done' | 'failed'; error?: string; results: UploadResult[] };

/** 导入 (admins): drop report files or a zip; each file shows its progress and what the API made of it. */
export function ImportPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [items, setItems] = useState<Item[]>([]);
  const patch = (uid: string, p: Partial<Item>) => setItems((all) => all.map((it) => (it.uid === uid ? { ...it, ...p } : it)));

  const start = (file: File & { uid: string }) => {
    setItems((all) => [{ uid: file.uid, name: file.name, percent: 0, state: 'uploading', results: [] }, ...all]);
    uploadFile(file, (percent) => patch(file.uid, { percent }))
      .then((results) => {
        patch(file.uid, { percent: 100, state: results.every((r) => r.ok) ? 'done' : 'failed', results, error: results.find((r) => !r.ok)?.error ?? undefined });
        // New reports change every aggregate: drop the cached answers.
        void client.resetStore();
      })
      .catch((e: Error) => patch(file.uid, { state: 'failed', error: e.message }));
  };

  return (
    <div data-testid="view-import">
      <PageHeader title={t('import.title')} />
      <Card size="small">
        <Upload.Dragger multiple showUploadList={false} accept=".txt,.pdf,.html,.htm,.docx,.zip" data-testid="upload-dragger"
          beforeUpload={(file) => { start(file as File & { uid: string }); return false; }}>
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.hint')}</p>
        </Upload.Dragger>
      </Card>
      {items.length > 0 && (
        <Card size="small" style={{ marginTop: 12 }}>
          <Table<Item> size="small" rowKey="uid" dataSource={items} pagination={false} data-testid="upload-results" columns={[
            { title: t('reports.fileName'), dataIndex: 'name' },
            { title: t('import.progress'), width: 200, render: (_, it) => <Progress percent={it.percent} size="small" status={it.state === 'failed' ? 'exception' : it.state === 'done' ? 'success' : 'active'} /> },
            { title: t('import.result'), render: (_, it) => (
              <Space orientation="vertical" size={2} data-testid="upload-result" data-state={it.state}>
                {it.state === 'failed' && it.results.length === 0 && <Typography.Text type="danger">{it.error}</Typography.Text>}
                {it.results.map((r, i) => (
                  <Space key={i} size={4} wrap>
                    {r.ok ? <Tag color="green">{t('import.done')}</Tag> : <Tag color="red">{t('import.failed')}</Tag>}
                    {r.fileName !== it.name && <Typography.Text>{r.fileName}</Typography.Text>}
                    {r.duplicate && <Tag>{t('import.duplicate')}</Tag>}
                    {r.replaced && <Tag color="blue">{t('import.replaced')}</Tag>}
                    {r.ok && <span>{t('import.flagCount')}: {r.flagCount}</span>}
                    {r.reportId && <Link to={`/reports/${r.reportId}`} data-testid="uploaded-report-link">{t('import.openReport')}</Link>}
                    {r.error && <Typography.Text type="danger">{r.error}</Typography.Text>}
                  </Space>
                ))}
              </Space>
            ) },
          ]} />
        </Card>
      )}
    </div>
  );
}
