import { fullCellLabel } from '@gongkai/report-checks';
import { type CellValues, type TemplateId } from '@gongkai/report-format';

const fmt = (n: number) => String(Math.round(n * 10000) / 10000);

/** "表三 予以公开 自然人（5）": a cell's catalog labels and its value as the report has it. */
export function describeCell(key: string, template: TemplateId | null, cells: CellValues): string {
  const label = fullCellLabel(key, template).zh;
  const value = !(key in cells) ? '缺失' : cells[key] == null ? '空白' : fmt(cells[key] as number);
  return `${label}（${value}）`;
}

/** At most `max` cells described, then "等 N 个单元格". */
export function describeCells(keys: readonly string[], template: TemplateId | null, cells: CellValues, max = 8): string {
  const shown = keys.slice(0, max).map((k) => describeCell(k, template, cells)).join('、');
  return keys.length > max ? `${shown}等 ${keys.length} 个单元格` : shown;
}
