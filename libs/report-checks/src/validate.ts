import type { CellValues } from '@gongkai/report-format';
import { CheckInputError } from './errors';

/**
 * Every value is a finite number or null (blank); anything else is a caller's bug, named by cell.
 * `keys`: Object.keys(cells) when the caller already has them (costly on a report's ~200 keys).
 */
export function validateCells(cells: CellValues, where: string, keys: readonly string[] = Object.keys(cells)): void {
  for (const key of keys) {
    const v = cells[key];
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
      throw new CheckInputError(`value ${String(v)} is not a finite number or null`, `${where} cell ${key}`);
    }
  }
}

export function validateYear(year: number | null, where: string): void {
  if (year !== null && !Number.isInteger(year)) throw new CheckInputError(`year ${String(year)} is not an integer`, where);
}
