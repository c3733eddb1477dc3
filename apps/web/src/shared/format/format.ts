/** Number formatting by unit: counts with grouping, 万元 with two decimals, ratios as percent. */
export type Unit = 'count' | 'wanYuan' | 'ratio' | string;

export function formatValue(value: number | null | undefined, unit: Unit, lang: 'zh' | 'en' = 'zh'): string {
  if (value == null || Number.isNaN(value)) return '—';
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  if (unit === 'ratio') return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
  if (unit === 'wanYuan') return value.toLocaleString(locale, { maximumFractionDigits: 2 });
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** Relative change `current / previous - 1`; null when it cannot be computed. */
export function relativeChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null || previous === 0) return null;
  return current / previous - 1;
}

export function formatChange(change: number | null, lang: 'zh' | 'en' = 'zh'): string {
  if (change == null) return '—';
  const sign = change > 0 ? '+' : '';
  return `${sign}${(change * 100).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 })}%`;
}
