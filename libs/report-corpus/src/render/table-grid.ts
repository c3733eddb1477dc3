import {
  findCell, getTable, TABLE3_COLUMNS, TABLE3_ORG_HEADER, TABLE4, TABLE4_COLUMNS,
  type Label, type RowDef, type TableDef, type TableId,
} from '@gongkai/report-format';
import type { Rng } from '../random';
import { rowInReport } from '../state-cells';
import type { ReportModel, RenderStyle } from '../types';

/**
 * One cell as Word lays it out: a cell that spans columns (gridSpan), the first cell of a
 * vertical merge (rowSpan > 1) or a continuation of one (`merged`, printed empty).
 */
export type GridCell = { text: string; colSpan: number; rowSpan: number; merged: boolean; role: 'header' | 'label' | 'value'; key?: string };
export type GridTable = { table: TableId; columns: number; rows: GridCell[][] };

const cell = (text: string, role: GridCell['role'], colSpan = 1, rowSpan = 1, key?: string): GridCell => ({ text, colSpan, rowSpan, merged: false, role, key });
const cont = (colSpan = 1): GridCell => ({ text: '', colSpan, rowSpan: 1, merged: true, role: 'label' });

/** The label as printed: the official wording, or one of the catalog's variants. */
export function labelText(label: Label, style: RenderStyle, rng: Rng): string {
  if (style.labelVariants && label.variants && label.variants.length > 0 && rng.chance(0.3)) return rng.pick(label.variants);
  return label.zh;
}

/** The printed text of a value cell: blank, an invalid text, money in the printed unit. */
export function valueText(model: ReportModel, key: string): string {
  if (key in model.cellText) return model.cellText[key];
  const v = model.cells[key];
  if (v === null || v === undefined) return '';
  if (key === 't2.fees.amount' && model.feeUnit === '元') return String(Math.round(v * 10000));
  if (Number.isInteger(v)) return String(v);
  return findCell(key)?.column.unit === 'wanYuan' ? v.toFixed(2) : String(v);
}

const val = (model: ReportModel, key: string, colSpan = 1): GridCell => cell(valueText(model, key), 'value', colSpan, 1, key);

/** Table 2 as one grid per 第二十条 block (four grid columns each). */
export function table2Blocks(model: ReportModel, style: RenderStyle, rng: Rng): GridTable[] {
  const def = getTable(model.template, 't2');
  const blocks: GridTable[] = [];
  for (const group of def.groups) {
    const rows = def.rows.filter((r) => r.group === group.key);
    if (rows.length === 0) continue;
    const columns = rows[0].columns;
    const out: GridCell[][] = [[cell(group.zh, 'header', 4)]];
    const head: GridCell[] = [cell('信息内容', 'header')];
    const spans = columns.length === 1 ? [3] : columns.length === 2 ? [1, 2] : [1, 1, 1];
    columns.forEach((c, i) => {
      let text = labelText(c, style, rng);
      if (c.unit === 'wanYuan' && model.feeUnit === '元' && group.key === 'art20.8') text = rng.chance(0.5) ? '本年收费金额（单位：元）' : '本年收费金额(元)';
      head.push(cell(text, 'header', spans[i]));
    });
    out.push(head);
    for (const r of rows) {
      out.push([cell(labelText(r, style, rng), 'label'), ...columns.map((c, i) => val(model, `t2.${r.key}.${c.key}`, spans[i]))]);
    }
    blocks.push({ table: 't2', columns: 4, rows: out });
  }
  return blocks;
}

const numbered = (row: { number?: string } & Label, style: RenderStyle, rng: Rng): string => `${row.number ?? ''}${labelText(row, style, rng)}`;

/** Table 3 with the template's three label columns and seven applicant columns. */
export function table3Grid(model: ReportModel, style: RenderStyle, rng: Rng): GridTable {
  const def: TableDef = getTable(model.template, 't3');
  const present = def.rows.filter((r) => rowInReport(r.key, model.template, model.singleOtherRow) && !model.missingRows.includes(`t3.${r.key}`));
  const rows: GridCell[][] = [];
  const note = style.t3Note ? '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' : '';
  const colLabel = (key: string) => labelText(TABLE3_COLUMNS.find((c) => c.key === key) as Label, style, rng);
  rows.push([cell(note, 'header', 3, 3), cell('申请人情况', 'header', 7)]);
  rows.push([cont(3), cell(colLabel('naturalPerson'), 'header', 1, 2), cell(labelText(TABLE3_ORG_HEADER, style, rng), 'header', 5), cell(colLabel('total'), 'header', 1, 2)]);
  rows.push([cont(3), cont(), ...TABLE3_ORG_HEADER.columns.map((k) => cell(colLabel(k), 'header')), cont()]);
  const values = (r: RowDef) => TABLE3_COLUMNS.map((c) => val(model, `t3.${r.key}.${c.key}`));
  const outcomes = present.filter((r) => r.group && r.group !== undefined);
  const groupDefs = new Map(def.groups.map((g) => [g.key, g]));
  for (const r of present) {
    if (!r.group) {
      rows.push([cell(numbered(r, style, rng), 'label', 3), ...values(r)]);
      continue;
    }
    const first = outcomes[0] === r;
    const lead = first ? cell(numbered(groupDefs.get('outcomes') as Label & { number?: string }, style, rng), 'label', 1, outcomes.length) : cont();
    if (r.group === 'outcomes') {
      rows.push([lead, cell(numbered(r, style, rng), 'label', 2), ...values(r)]);
      continue;
    }
    const siblings = present.filter((x) => x.group === r.group);
    const g = groupDefs.get(r.group) as Label & { number?: string };
    const mid = siblings[0] === r ? cell(numbered(g, style, rng), 'label', 1, siblings.length) : cont();
    rows.push([lead, mid, cell(numbered(r, style, rng), 'label'), ...values(r)]);
  }
  return { table: 't3', columns: 10, rows };
}

/** Table 4: 行政复议 and the two 行政诉讼 groups, five columns each. */
export function table4Grid(model: ReportModel, style: RenderStyle, rng: Rng): GridTable {
  const [review, direct, after] = TABLE4.rows;
  const heads = () => TABLE4_COLUMNS.map((c) => labelText(c, style, rng));
  const rows: GridCell[][] = [];
  rows.push([cell(labelText(review, style, rng), 'header', 5), cell('行政诉讼', 'header', 10)]);
  rows.push([...heads().map((h) => cell(h, 'header', 1, 2)), cell(labelText(direct, style, rng), 'header', 5), cell(labelText(after, style, rng), 'header', 5)]);
  rows.push([cont(), cont(), cont(), cont(), cont(), ...heads().map((h) => cell(h, 'header')), ...heads().map((h) => cell(h, 'header'))]);
  rows.push(TABLE4.rows.flatMap((r) => TABLE4_COLUMNS.map((c) => val(model, `t4.${r.key}.${c.key}`))));
  return { table: 't4', columns: 15, rows };
}
