import type { TableId, TemplateId } from '@gongkai/report-format';
import type { RawDocument } from '../../types';
import {
  GROUPS, HEADER, ROW_BY_ID, ROWS, T2_TEMPLATE_OF_COLUMN, T3_COLUMN_KEYS, T4_COLUMN_KEYS, T4_GROUP_KEYS, T4_LEAVES,
  isAmbiguousHeader, t4LeafKey, type GroupEntry, type HeaderToken, type RowEntry,
} from '../catalog-index';
import { alignValues, type Leaf } from './align';
import { CellSink } from './cell-sink';
import { t2Leaves, t3Leaves, t4Header, type HeaderRow, type T4Header } from './header-leaves';
import { numberedRow, similarRow } from './label-fallback';
import { viewRow, type CellView, type RowView } from './row-view';

type HeaderState = { rows: HeaderRow[]; done: boolean };
type LabelHit = { index: number; rows: readonly RowEntry[]; groups: readonly GroupEntry[] };

const rowEntry = (table: TableId, key: string): RowEntry | undefined => ROW_BY_ID.get(`${table}.${key}`);

/**
 * Reads the template tables out of every table of a document, in one pass over all rows.
 * Tables are recognised by their content, not their order: a header row switches to the table
 * its column names belong to, a labelled row to the table its label belongs to. A table split
 * over several source tables keeps its header; several tables in one source table are told
 * apart by their own header rows.
 */
export class TableMapper {
  readonly sink = new CellSink();
  private current: TableId | null = null;
  private readonly headers: Record<TableId, HeaderState> = { t2: { rows: [], done: true }, t3: { rows: [], done: true }, t4: { rows: [], done: true } };
  private cachedLeaves: Partial<Record<TableId, Leaf[] | null>> = {};
  private t4Cache: T4Header | null | undefined;
  private t3Group: string | null = null;
  private lastHeader: TableId | null = null;
  private lastT3Row: string | null = null;
  private readonly otherProcessingSingle: { blankOnly: boolean }[] = [];

  constructor(private readonly templateHint: TemplateId) {}

  run(doc: RawDocument): CellSink {
    doc.blocks.forEach((b, bi) => {
      if (b.kind !== 'table') return;
      // A table the file ends inside: its last row may hold half its values, so it is not read
      // and the report lists that row as missing instead of giving wrong or blank cells.
      const rows = b.cut && b.rows.length > 0 ? b.rows.slice(0, -1) : b.rows;
      if (rows !== b.rows) this.sink.note(`文件在第 ${bi + 1} 块的表格中结束（被截断），最后一行不完整，未读取`);
      rows.forEach((cells, ri) => this.row(viewRow(cells, bi, ri)));
    });
    this.finish();
    return this.sink;
  }

  private row(v: RowView): void {
    const cells = v.cells;
    const afterT4Header = this.lastHeader === 't4';
    this.lastHeader = null;
    if (cells.every((c) => c.raw === '')) {
      // the row of 15 blank cells under a table 4 header
      if (afterT4Header && cells.length >= 10) this.t4Values(cells);
      return;
    }
    const numeric = cells.some((c) => c.numeric);
    if (!numeric && this.header(v)) {
      this.lastHeader = this.current;
      return;
    }

    const labels = this.labels(cells);
    const hit = this.pickRow(labels, numeric);
    if (hit) {
      this.dataRow(hit.entry, hit.index, cells);
      return;
    }
    for (const l of labels) for (const g of l.groups) this.enterGroup(g);
    if (labels.length > 0) return;
    if (numeric && this.current === 't4') this.t4Values(cells);
    else if (numeric && this.looksLikeT4Values(cells)) {
      // fifteen numbers and no table 4 yet: table 4 under a header we could not read
      this.current = 't4';
      this.t4Values(cells);
    } else if (numeric && this.current) this.sink.note(`表格第 ${v.block + 1} 块第 ${v.row + 1} 行有数字但没有可识别的行名，已跳过`);
  }

  // ---- headers -------------------------------------------------------------------------

  private header(v: RowView): boolean {
    const row: { view: CellView; tokens: readonly HeaderToken[] }[] = [];
    const votes: Record<TableId, number> = { t2: 0, t3: 0, t4: 0 };
    let onlyGroups = true;
    for (const c of v.cells) {
      if (c.n === '') {
        row.push({ view: c, tokens: [] });
        continue;
      }
      let tokens = HEADER.findExact(c.n);
      if (tokens.length === 0 && c.n2) tokens = HEADER.findExact(c.n2);
      if (tokens.length === 0) {
        // A cell naming a table 2/3 row makes this a (blank) data row, not a header.
        if (ROWS.find(c.n).some((e) => e.table !== 't4')) return false;
        tokens = HEADER.find(c.n);
      }
      row.push({ view: c, tokens });
      if (tokens.length === 0 || isAmbiguousHeader(tokens)) continue;
      votes[tokens[0].table]++;
      if (!tokens.some((t) => t.kind === 'rowGroup')) onlyGroups = false;
    }
    const table = (['t3', 't4', 't2'] as const).reduce<TableId | null>((best, t) => (votes[t] > (best ? votes[best] : 0) ? t : best), null);
    if (!table) return false;
    // "行政复议" followed by blank cells in a table 4 whose groups are rows: a blank data row.
    if (table === 't4' && onlyGroups && this.t4()?.transposed) return false;
    const state = this.headers[table];
    if (state.done) {
      state.rows = [];
      state.done = false;
      if (table === 't4') this.t4Cache = undefined;
      else this.cachedLeaves[table] = undefined;
    }
    state.rows.push(row.map((c) => ({ view: c.view, tokens: c.tokens.filter((t) => t.table === table) })));
    if (table === 't4') this.t4Cache = undefined;
    else this.cachedLeaves[table] = undefined;
    this.current = table;
    if (table === 't3') this.t3Group = null;
    return true;
  }

  private leaves(table: 't2' | 't3'): Leaf[] | null {
    const state = this.headers[table];
    state.done = true;
    if (this.cachedLeaves[table] === undefined) this.cachedLeaves[table] = table === 't2' ? t2Leaves(state.rows) : t3Leaves(state.rows);
    return this.cachedLeaves[table] ?? null;
  }

  private t4(): T4Header | null {
    this.headers.t4.done = true;
    if (this.t4Cache === undefined) {
      this.t4Cache = t4Header(this.headers.t4.rows);
      if (this.t4Cache?.note) this.sink.note(this.t4Cache.note);
    }
    return this.t4Cache;
  }

  // ---- row labels ----------------------------------------------------------------------

  private labels(cells: readonly CellView[]): LabelHit[] {
    const hits: LabelHit[] = [];
    cells.forEach((c, index) => {
      if (c.n === '') return;
      let rows = ROWS.find(c.n);
      if (rows.length === 0 && c.n2) rows = ROWS.find(c.n2);
      const groups = GROUPS.find(c.n);
      // "（三）不予公开 1.属于国家秘密" in one cell: a group followed by a row label.
      if (rows.length === 0 && groups.length > 0) rows = suffixRow(c.n);
      if (rows.length > 0 || groups.length > 0) hits.push({ index, rows, groups });
    });
    // A garbled label in a row that has values: the item number in its group, or the most similar label.
    if (!hits.some((h) => h.rows.length > 0) && cells.some((c) => c.numeric || c.blank)) {
      for (let index = cells.length - 1; index >= 0; index--) {
        const c = cells[index];
        if (c.n.length < 3) continue;
        const e = (this.current === 't3' ? numberedRow(c.raw, this.t3Group) : null) ?? similarRow(c.n);
        if (e) {
          this.sink.note(`行名“${c.raw.slice(0, 40)}”按${e.table}.${e.key}读取（文字不完整）`);
          hits.push({ index, rows: [e], groups: [] });
          break;
        }
      }
    }
    return hits;
  }

  private pickRow(labels: readonly LabelHit[], numeric: boolean): { entry: RowEntry; index: number } | null {
    for (let i = labels.length - 1; i >= 0; i--) {
      const l = labels[i];
      for (let j = 0; j < i; j++) for (const g of labels[j].groups) this.enterGroup(g);
      const entry = this.chooseEntry(l.rows, numeric);
      if (entry) return { entry, index: l.index };
    }
    return null;
  }

  private chooseEntry(rows: readonly RowEntry[], numeric: boolean): RowEntry | null {
    const ok = rows.filter((e) => {
      if (e.table === 't3' && e.key === 'otherProcessing.other') return this.t3Group === 'otherProcessing' || (this.lastT3Row?.startsWith('otherProcessing.') ?? false);
      if (e.table === 't4') return numeric || this.t4()?.transposed === true;
      return true;
    });
    return ok.find((e) => e.table === this.current) ?? ok[0] ?? null;
  }

  private enterGroup(g: GroupEntry): void {
    if (g.table === 't3') this.t3Group = g.key;
    if (g.table === 't2' && this.current !== 't2') this.current = 't2';
  }

  // ---- data rows -----------------------------------------------------------------------

  private dataRow(entry: RowEntry, labelIndex: number, cells: readonly CellView[]): void {
    this.current = entry.table;
    const values = cells.slice(labelIndex + 1);
    const label = cells[labelIndex].cell;
    let leaves: Leaf[];
    if (entry.table === 't2') {
      const header = this.leaves('t2');
      leaves = header && header.some((l) => l.key && entry.columns.has(l.key)) ? header : this.defaultColumns(entry).map((key) => ({ key }));
    } else if (entry.table === 't3') {
      if (entry.group) this.t3Group = entry.group;
      else if (entry.key !== 'total') this.t3Group = null;
      this.lastT3Row = entry.key;
      leaves = this.leaves('t3') ?? T3_COLUMN_KEYS.map((key) => ({ key }));
      if (entry.key === 'otherProcessing') this.otherProcessingSingle.push({ blankOnly: values.every((c) => c.blank) });
    } else {
      const h = this.t4();
      leaves = (h?.transposed ? h.leaves : null) ?? T4_COLUMN_KEYS.map((key) => ({ key }));
    }
    if (values.length === 0) return;
    const aligned = alignValues(values, leaves);
    if (aligned.how === 'short') this.sink.note(`${entry.table}.${entry.key} 行的数值少于表头列数`);
    leaves.forEach((leaf, i) => {
      if (leaf.key) this.sink.put(entry, leaf.key, aligned.cells[i], leaf, label);
    });
  }

  private defaultColumns(entry: RowEntry): readonly string[] {
    const hint = this.sink.rows.size > 0 ? this.seenTemplate() ?? this.templateHint : this.templateHint;
    return entry.columnsFor[hint] ?? entry.columnsFor['2021'] ?? entry.columnsFor['2019'] ?? [];
  }

  private seenTemplate(): TemplateId | null {
    for (const k of this.sink.columns.get('t2') ?? []) {
      const t = T2_TEMPLATE_OF_COLUMN.get(k);
      if (t) return t;
    }
    return null;
  }

  private looksLikeT4Values(cells: readonly CellView[]): boolean {
    if ([...this.sink.rows].some((r) => r.startsWith('t4.'))) return false;
    const values = cells.filter((c) => c.numeric || c.blank).length;
    const n = T4_GROUP_KEYS.length * T4_COLUMN_KEYS.length;
    return values === n && cells.length - values <= 1;
  }

  /** The row of 15 numbers under a table 4 header (groups as columns). */
  private t4Values(cells: readonly CellView[]): void {
    let start = 0;
    cells.forEach((c, i) => {
      if (!c.numeric && !c.blank) start = i + 1;
    });
    const h = this.t4();
    let leaves: Leaf[];
    if (h && !h.transposed) leaves = h.leaves;
    else {
      leaves = T4_GROUP_KEYS.flatMap((g) => T4_COLUMN_KEYS.map((c) => ({ key: t4LeafKey(g, c) })));
      this.sink.note('表四表头无法识别，按模板顺序读取 15 个数值');
    }
    // An invalid value ("十", a 400-digit number) is no row label: it must not shift the
    // values after it, so the row keeps at least as many cells as there are columns.
    start = Math.min(start, Math.max(0, cells.length - leaves.length));
    const values = cells.slice(start);
    const aligned = alignValues(values, leaves);
    if (aligned.how === 'short') this.sink.note('表四的数值少于表头列数');
    const label = cells[0].cell;
    leaves.forEach((leaf, i) => {
      if (!leaf.key) return;
      const known = T4_LEAVES.get(leaf.key);
      if (known) {
        this.sink.put(known.entry, known.col, aligned.cells[i], leaf, label);
        return;
      }
      const dot = leaf.key.indexOf('.');
      const entry = rowEntry('t4', leaf.key.slice(0, dot));
      if (entry) this.sink.put(entry, leaf.key.slice(dot + 1), aligned.cells[i], leaf, label);
    });
  }

  private finish(): void {
    const rows = this.sink.rows;
    const split = ['otherProcessing.noCorrection', 'otherProcessing.unpaidFee', 'otherProcessing.other'].some((k) => rows.has(`t3.${k}`));
    if (split && rows.has('t3.otherProcessing') && this.otherProcessingSingle.every((r) => r.blankOnly)) this.sink.dropRow('t3', 'otherProcessing');
    for (const table of ['t3'] as const) {
      const seen = this.sink.columns.get(table);
      if (!seen) continue;
      const missing = T3_COLUMN_KEYS.filter((k) => !seen.has(k));
      if (missing.length > 0) this.sink.note(`表三缺少列：${missing.join(', ')}`);
    }
  }
}

/** A row label at the end of a longer label ("不予公开1属于国家秘密" → 属于国家秘密). */
function suffixRow(n: string): readonly RowEntry[] {
  for (let k = 1; k < n.length - 1; k++) {
    const rows = ROWS.findExact(n.slice(k));
    if (rows.length > 0) return rows;
  }
  return [];
}
