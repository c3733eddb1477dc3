import type { HeaderToken } from '../catalog-index';
import { T3_ORG_CHILDREN, T4_GROUP_KEYS, t4LeafKey } from '../catalog-index';
import { headerMoneyUnit } from '../cell-value';
import type { Leaf } from './align';
import type { CellView } from './row-view';

/** A header row: every cell with what it means for the table the row belongs to. */
export type HeaderCell = { view: CellView; tokens: readonly HeaderToken[] };
export type HeaderRow = readonly HeaderCell[];

const colOf = (c: HeaderCell): string | null => {
  const t = c.tokens.find((x) => x.kind === 'col');
  return t && t.kind === 'col' ? t.key : null;
};
const isOrg = (c: HeaderCell): boolean => c.tokens.some((x) => x.kind === 'org');
const isEmpty = (c: HeaderCell): boolean => c.view.raw === '';
const isLabelHeader = (c: HeaderCell): boolean => c.tokens.some((x) => x.kind === 'labelHeader' || x.kind === 'group');

/** Table 2: the leaf columns of the last header row that names any (one header per group). */
export function t2Leaves(rows: readonly HeaderRow[]): Leaf[] | null {
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r];
    if (!row.some((c) => colOf(c))) continue;
    const leaves: Leaf[] = [];
    let started = false;
    for (const c of row) {
      const key = colOf(c);
      if (key) {
        started = true;
        leaves.push({ key, cell: c.view.cell, unit: headerMoneyUnit(c.view.raw) });
      } else if (started && !isEmpty(c) && !isLabelHeader(c)) leaves.push({ key: null, cell: c.view.cell });
    }
    return leaves;
  }
  return null;
}

/**
 * Table 3: leaf columns in order. The first row naming a column gives the top level
 * (自然人 | 法人或其他组织 | 总计); 法人或其他组织 is replaced by its children from the rows below
 * (or from the same row when a flattened header lists them after it). Unknown names after
 * the first known one are extra columns (key null); names before it label the row-label column.
 */
export function t3Leaves(rows: readonly HeaderRow[]): Leaf[] | null {
  const r0 = rows.findIndex((row) => row.some((c) => colOf(c) || isOrg(c)));
  if (r0 < 0) return null;
  const top: (Leaf | 'org')[] = [];
  let started = false;
  let childrenInRow = false;
  let orgSeen = false;
  for (const c of rows[r0]) {
    const key = colOf(c);
    if (isOrg(c)) {
      started = true;
      orgSeen = true;
      top.push('org');
    } else if (key) {
      started = true;
      if (orgSeen && T3_ORG_CHILDREN.includes(key)) childrenInRow = true;
      top.push({ key, cell: c.view.cell });
    } else if (started && !isEmpty(c) && !isLabelHeader(c)) top.push({ key: null, cell: c.view.cell });
  }
  const children: Leaf[] = [];
  if (!childrenInRow) {
    for (const row of rows.slice(r0 + 1)) {
      for (const c of row) {
        const key = colOf(c);
        if (key && T3_ORG_CHILDREN.includes(key)) children.push({ key, cell: c.view.cell });
        else if (!key && !isEmpty(c) && !isLabelHeader(c) && !isOrg(c)) children.push({ key: null, cell: c.view.cell });
      }
      if (children.length > 0) break;
    }
  }
  const leaves: Leaf[] = [];
  for (const t of top) {
    if (t !== 'org') leaves.push(t);
    else if (!childrenInRow) leaves.push(...(children.length > 0 ? children : T3_ORG_CHILDREN.map((key) => ({ key }))));
  }
  return leaves;
}

export type T4Header = { leaves: Leaf[]; transposed: boolean; note?: string };

/**
 * Table 4: the group names (行政复议, 未经复议直接起诉, 复议后起诉) and the runs of result
 * columns (结果维持 … 总计) in reading order; the n-th run belongs to the n-th group. One run
 * and no group = groups are rows (transposed layout).
 */
export function t4Header(rows: readonly HeaderRow[]): T4Header | null {
  const groups: { key: string }[] = [];
  const runs: (Leaf & { key: string })[][] = [];
  for (const row of rows) {
    let run: (Leaf & { key: string })[] | null = null;
    for (const c of row) {
      const g = c.tokens.find((t) => t.kind === 'rowGroup');
      if (g && g.kind === 'rowGroup') {
        if (T4_GROUP_KEYS.includes(g.key)) groups.push({ key: g.key });
        run = null;
        continue;
      }
      const key = colOf(c);
      if (!key) continue;
      if (!run || run.some((l) => l.key === key)) {
        run = [];
        runs.push(run);
      }
      run.push({ key, cell: c.view.cell });
    }
  }
  if (runs.length === 0) return null;
  if (groups.length === 0 && runs.length === 1) return { leaves: runs[0], transposed: true };
  let note: string | undefined;
  let order = groups.map((g) => g.key);
  if (order.length !== runs.length) {
    if (runs.length !== T4_GROUP_KEYS.length) return null;
    order = [...T4_GROUP_KEYS];
    note = '表四表头的分组名称不全，按模板顺序（行政复议、未经复议直接起诉、复议后起诉）读取';
  }
  const leaves: Leaf[] = [];
  runs.forEach((run, i) => {
    for (const l of run) leaves.push({ key: t4LeafKey(order[i], l.key), cell: l.cell });
  });
  return { leaves, transposed: false, note };
}
