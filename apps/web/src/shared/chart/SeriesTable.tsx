import { Table } from 'antd';
import { useMemo } from 'react';
import { useLang } from '../i18n/use-lang';
import { formatValue } from '../format/format';
import { pivotSeries, type NamedSeries } from './series';

type Row = { key: string; name: string; values: (number | null)[] };

/** The numbers behind a yearly chart, as the chart shows them. */
export function SeriesTable({ series, unit, firstColumn, testId, highlight }: { series: readonly NamedSeries[]; unit: string; firstColumn: string; testId?: string; highlight?: (row: number, col: number) => boolean }) {
  const { lang } = useLang();
  const { years, rows } = useMemo(() => pivotSeries(series), [series]);
  const columns = [
    { title: firstColumn, dataIndex: 'name', key: 'name', fixed: 'left' as const, width: 160 },
    ...years.map((y, i) => ({
      title: String(y), key: String(y), align: 'right' as const,
      render: (_: unknown, r: Row, rowIndex: number) => (
        <span className={highlight?.(rowIndex, i) ? 'outlier' : undefined} data-testid={`cell-${r.key}-${y}`}>{formatValue(r.values[i], unit, lang)}</span>
      ),
    })),
  ];
  return <Table<Row> size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid={testId} style={{ marginTop: 12 }} />;
}
