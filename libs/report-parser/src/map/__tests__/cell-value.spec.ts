import { describe, expect, it } from 'vitest';
import { headerMoneyUnit, readCellValue } from '../cell-value';

describe('readCellValue', () => {
  it.each([
    ['0', 0], ['0 ', 0], [' 12 ', 12], ['１２３', 123], ['1,234', 1234], ['1，234', 1234], ['12,345,678', 12345678],
    ['3227.23', 3227.23], ['-3', -3], ['－３', -3], ['+6', 6], ['1 046', 1046], ['5件', 5], ['12条', 12], ['.5', 0.5],
  ])('%j → %d', (raw, value) => {
    expect(readCellValue(raw)).toMatchObject({ value, invalid: false, blank: false });
  });

  it.each(['', '   ', '—', '——', '-', '/', '／', '无', '\u3000'])('%j is blank, not invalid', (raw) => {
    expect(readCellValue(raw)).toEqual({ value: null, invalid: false, blank: true });
  });

  it.each(['十', '1,2,3', '1.2.3', 'abc', '12%', '约10', '1/2', 'x'.repeat(100)])('%j is invalid', (raw) => {
    expect(readCellValue(raw)).toEqual({ value: null, invalid: true, blank: false });
  });

  it('keeps a money unit written in the cell', () => {
    expect(readCellValue('3000元')).toEqual({ value: 3000, invalid: false, blank: false, unit: '元' });
    expect(readCellValue('12.5万元')).toEqual({ value: 12.5, invalid: false, blank: false, unit: '万元' });
  });

  it('reads the unit a header announces', () => {
    expect(headerMoneyUnit('本年收费金额（单位：元）')).toBe('元');
    expect(headerMoneyUnit('本年收费金额(单位:万元)')).toBe('万元');
    expect(headerMoneyUnit('采购总金额（元）')).toBe('元');
    expect(headerMoneyUnit('本年收费金额')).toBeNull();
  });
});
