import { findCell, templateCells, type CellDef, type TableId, type TemplateId } from '@gongkai/report-format';

// Position of each key in the template's cell list (first occurrence), built once per template.
const positions = new Map<TemplateId, Map<string, number>>();
function positionsOf(template: TemplateId): Map<string, number> {
  let map = positions.get(template);
  if (!map) {
    map = new Map();
    templateCells(template, true).forEach((c, i) => {
      if (!map!.has(c.key)) map!.set(c.key, i);
    });
    positions.set(template, map);
  }
  return map;
}

/**
 * The report's cells in template order (alternative rows included), then any key of the other
 * template the report happens to have, in catalog order; keys the catalog does not know are left out.
 */
export function orderedCells(template: TemplateId | null, keys: Iterable<string>): CellDef[] {
  const all = template ? templateCells(template, true) : [];
  const pos = template ? positionsOf(template) : null;
  const hit = new Uint8Array(all.length);
  let rest: string[] | null = null;
  for (const k of keys) {
    const i = pos?.get(k);
    if (i !== undefined) hit[i] = 1;
    else (rest ??= []).push(k);
  }
  const out: CellDef[] = [];
  for (let i = 0; i < all.length; i++) if (hit[i]) out.push(all[i]);
  if (rest) {
    for (const k of new Set(rest)) {
      const cell = findCell(k);
      if (cell) out.push(cell);
    }
  }
  return out;
}

/**
 * The report's keys in template order (alternative rows included), then any key of the other
 * template the report happens to have, in catalog order.
 */
export function keysInOrder(template: TemplateId | null, keys: Iterable<string>, table?: TableId): string[] {
  const out: string[] = [];
  for (const c of orderedCells(template, keys)) if (!table || c.table === table) out.push(c.key);
  return out;
}
