import type { TableId } from '@gongkai/report-format';
import type { ParsedCell, RawCell } from '../../types';
import { MONEY_UNITS } from '../cell-value';
import type { RowEntry } from '../catalog-index';
import type { Leaf } from './align';
import type { CellView } from './row-view';

const roundMoney = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Collects the canonical cells the mapper reads, first occurrence wins. */
export class CellSink {
  readonly cells = new Map<string, ParsedCell>();
  readonly units: Record<string, string> = {};
  /** `t3.denied.stateSecret` for every row that yielded at least one cell. */
  readonly rows = new Set<string>();
  /** Column keys read per table, to name missing columns. */
  readonly columns = new Map<TableId, Set<string>>();
  readonly notes: string[] = [];
  private readonly duplicateRows = new Set<string>();

  note(msg: string): void {
    if (this.notes.length < 50 && !this.notes.includes(msg)) this.notes.push(msg);
  }

  /** One cell of `entry`'s row under column `col`; `view` null = the row has no cell there. */
  put(entry: RowEntry, col: string, view: CellView | null, leaf: Leaf | undefined, labelCell: RawCell): void {
    const key = entry.cellKeys.get(col);
    if (key === undefined) return;
    if (this.cells.has(key)) {
      const row = entry.id;
      if (!this.duplicateRows.has(row)) {
        this.duplicateRows.add(row);
        this.note(`行 ${row} 出现多次，采用第一次出现的数值`);
      }
      return;
    }
    let set = this.columns.get(entry.table);
    if (!set) this.columns.set(entry.table, (set = new Set()));
    set.add(col);
    this.rows.add(entry.id);
    if (!view) {
      this.cells.set(key, { key, value: null, raw: '', pos: labelCell.pos });
      return;
    }
    let value = view.num.value;
    if (value !== null && entry.money.has(col)) {
      const unit = view.num.unit ?? leaf?.unit ?? null;
      if (unit && unit !== '万元' && MONEY_UNITS[unit] !== undefined) {
        value = roundMoney(value * MONEY_UNITS[unit]);
        this.units[key] = unit;
      }
    }
    const parsed: ParsedCell = { key, value, raw: view.raw, pos: view.cell.pos };
    if (view.num.invalid) parsed.invalid = true;
    this.cells.set(key, parsed);
  }

  /** Forget a row (a blank single （六）其他处理 row standing above its three sub-rows). */
  dropRow(table: TableId, row: string): void {
    const prefix = `${table}.${row}.`;
    for (const k of [...this.cells.keys()]) if (k.startsWith(prefix) && !k.slice(prefix.length).includes('.')) this.cells.delete(k);
    this.rows.delete(`${table}.${row}`);
  }
}
