import type { SectionId } from '@gongkai/report-format';
import type { GridTable } from './table-grid';

/** The layout-neutral document every renderer prints. */
export type DocBlock =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; text: string; section?: SectionId }
  | { kind: 'para'; text: string }
  | { kind: 'table'; grids: GridTable[] }
  | { kind: 'signature'; agency: string; date: string };

/** Chinese date of an ISO day: 2023-01-20 → 2023年1月20日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
