import { findCell, templateCells, type TableId, type TemplateId } from '@gongkai/report-format';

/**
 * The report's keys in template order (alternative rows included), then any key of the other
 * template the report happens to have, in catalog order.
 */
export function keysInOrder(template: TemplateId | null, keys: Iterable<string>, table?: TableId): string[] {
  const have = new Set(keys);
  const out: string[] = [];
  if (template) {
    for (const c of templateCells(template, true)) {
      if (have.has(c.key) && (!table || c.table === table)) out.push(c.key);
      have.delete(c.key);
    }
  }
  for (const k of have) {
    const cell = findCell(k);
    if (cell && (!table || cell.table === table)) out.push(k);
  }
  return out;
}
