import { allAgencyTypes } from '../../agencies/agency-types';
import { agencyTypeFromName } from '@gongkai/report-format';
import { DirectoryInputError } from './directory.errors';

export type DirectoryRow = { line: number; name: string; region: string; type: string; parent: string | null };

/** Header names (Chinese or English) of the four columns. */
const COLUMNS: Record<keyof Omit<DirectoryRow, 'line'>, string[]> = {
  name: ['name', '名称', '机关名称', '单位名称'],
  region: ['region', '地区', '行政区划', '地区代码'],
  type: ['type', '类型', '机关类型'],
  parent: ['parent', '上级', '上级机关', '上级单位'],
};

/** An agency type key or its Chinese/English label; blank = guessed from the name. */
export function agencyTypeOf(text: string, name: string): string | null {
  const t = text.trim();
  if (!t) return agencyTypeFromName(name)?.key ?? 'other';
  const found = allAgencyTypes().find((x) => x.key === t || x.zh === t || x.en.toLowerCase() === t.toLowerCase());
  return found?.key ?? null;
}

/** Rows of the file, checked: a header with name and region, then one agency per line. */
export function directoryRows(file: string, table: string[][]): DirectoryRow[] {
  const header = (table[0] ?? []).map((h) => h.replace(/\s+/g, '').toLowerCase());
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, header.findIndex((h) => names.includes(h))])) as Record<keyof typeof COLUMNS, number>;
  if (col.name < 0 || col.region < 0) throw new DirectoryInputError(file, 1, `the header needs the columns name/名称 and region/地区 (and optionally type/类型, parent/上级机关); got "${(table[0] ?? []).join(',')}"`);
  const out: DirectoryRow[] = [];
  const errors: string[] = [];
  table.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const get = (k: keyof typeof COLUMNS) => (col[k] >= 0 ? (cells[col[k]] ?? '').trim() : '');
    if (cells.every((c) => !c.trim())) return;
    const name = get('name').replace(/\s+/g, '');
    const region = get('region');
    if (!name) errors.push(`${file}:${line}: the name is empty`);
    else if (!region) errors.push(`${file}:${line}: ${name} has no region`);
    else if (agencyTypeOf(get('type'), name) == null) errors.push(`${file}:${line}: unknown type "${get('type')}" (use one of ${allAgencyTypes().map((t) => t.zh).join('、')})`);
    else out.push({ line, name, region, type: agencyTypeOf(get('type'), name)!, parent: get('parent').replace(/\s+/g, '') || null });
  });
  if (errors.length) throw new DirectoryInputError(file, null, `${errors.length} bad line(s), nothing imported:\n${errors.slice(0, 20).join('\n')}`);
  return out;
}
