/** Axis and tooltip text for a unit: ratios as percent, amounts and counts with grouping. */
export function valueFormatter(unit: string): (v: unknown) => string {
  return (v: unknown) => {
    if (typeof v !== 'number' || Number.isNaN(v)) return '—';
    if (unit === 'ratio') return `${(v * 100).toFixed(1)}%`;
    return v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  };
}
