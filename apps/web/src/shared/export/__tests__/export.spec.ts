import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../export-table';
import { toCsv } from '../to-csv';
import { toSheetData } from '../to-sheet-data';

const table: ExportTable = {
  fileName: 't',
  columns: [{ key: 'name', title: '机关' }, { key: 'v', title: '数值' }],
  rows: [
    { name: '淮北市公安局', v: 6 },
    { name: '含,逗号"引号', v: null },
    { name: '=HYPERLINK("x")', v: -3 },
    { name: '多行\n文本', v: 1.25 },
  ],
};

describe('toCsv', () => {
  it('writes a header and one line per row, quoting commas, quotes and newlines', () => {
    expect(toCsv(table)).toBe(
      '机关,数值\r\n' +
      '淮北市公安局,6\r\n' +
      '"含,逗号""引号",\r\n' +
      '"\'=HYPERLINK(""x"")",-3\r\n' +
      '"多行\n文本",1.25\r\n',
    );
  });
});

describe('toSheetData', () => {
  it('keeps numbers as numbers, bolds the header, leaves blanks empty and guards formulas', () => {
    const rows = toSheetData(table);
    expect(rows[0]).toEqual([{ value: '机关', fontWeight: 'bold' }, { value: '数值', fontWeight: 'bold' }]);
    expect(rows[1]).toEqual([{ value: '淮北市公安局' }, { value: 6 }]);
    expect(rows[2][1]).toBeNull();
    expect(rows[3]).toEqual([{ value: '\'=HYPERLINK("x")' }, { value: -3 }]);
  });
});
