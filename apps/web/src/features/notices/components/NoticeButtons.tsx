import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadNotice, type NoticeFormat } from '../download-notice';

type Props = { path: (format: NoticeFormat) => string; fileName: string; testId: string; size?: 'small' | 'middle' };

/** Word and PDF download buttons for one notice or summary. */
export function NoticeButtons({ path, fileName, testId, size = 'middle' }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<NoticeFormat | null>(null);
  const get = async (format: NoticeFormat) => {
    setBusy(format);
    try {
      await downloadNotice(path(format), `${fileName}.${format}`);
    } catch (e) {
      void message.error(t('notices.failed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space size={4}>
      <Button size={size} icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void get('docx')} data-testid={`${testId}-docx`}>{t('notices.docx')}</Button>
      <Button size={size} icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void get('pdf')} data-testid={`${testId}-pdf`}>{t('notices.pdf')}</Button>
    </Space>
  );
}
