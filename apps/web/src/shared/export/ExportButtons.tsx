import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth/use-can';
import { downloadCsv, downloadXlsx } from './download';
import type { ExportTable } from './export-table';

/** CSV and XLSX export of a table; shown to analysts and above. */
export function ExportButtons({ table }: { table: () => ExportTable }) {
  const { t } = useTranslation();
  const can = useCan('export');
  if (!can) return null;
  return (
    <Space size={4} className="no-print">
      <Button size="small" icon={<DownloadOutlined />} onClick={() => downloadCsv(table())} data-testid="export-csv">{t('common.exportCsv')}</Button>
      <Button size="small" icon={<DownloadOutlined />} onClick={() => void downloadXlsx(table())} data-testid="export-xlsx">{t('common.exportXlsx')}</Button>
    </Space>
  );
}
