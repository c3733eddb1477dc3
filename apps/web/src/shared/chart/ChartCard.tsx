import { PictureOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth/use-can';
import { downloadDataUrl } from '../export/download';
import { EChart } from './EChart';

type Props = { title: ReactNode; option: EChartsCoreOption; fileName: string; height?: number; extra?: ReactNode; toolbar?: ReactNode; testId?: string; children?: ReactNode };

/** A card with one chart and its PNG export (ECharts getDataURL); `children` go under the chart (its table). */
export function ChartCard({ title, option, fileName, height, extra, toolbar, testId, children }: Props) {
  const { t } = useTranslation();
  const canExport = useCan('export');
  const chart = useRef<EChartsType | null>(null);
  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) downloadDataUrl(url, `${fileName}.png`);
  };
  return (
    <Card size="small" title={title} className="chart-card" data-testid={testId}
      extra={<>{extra}{canExport && <Button size="small" type="text" icon={<PictureOutlined />} onClick={savePng} className="no-print" data-testid="export-png">{t('common.exportPng')}</Button>}</>}>
      {toolbar && <div className="chart-toolbar no-print">{toolbar}</div>}
      <EChart option={option} height={height} onReady={(c) => { chart.current = c; }} testId={testId ? `${testId}-chart` : undefined} />
      {children}
    </Card>
  );
}
