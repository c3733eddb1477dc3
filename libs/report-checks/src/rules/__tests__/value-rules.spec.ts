import { describe, expect, it } from 'vitest';
import { checkReport, type CheckInput } from '../../index';
import { cleanReport, withCells } from '../../__tests__/support/clean-report';

const only = (r: CheckInput, code: string) => checkReport(r).filter((f) => f.code === code);

describe('VALUE_INVALID', () => {
  const clean = cleanReport('2021');

  it('flags a negative count with the number', () => {
    const flags = only(withCells(clean, { 't2.licensing.decisions': -3 }), 'VALUE_INVALID');
    expect(flags).toMatchObject([{ severity: 'error', cells: ['t2.licensing.decisions'], expected: null, actual: -3 }]);
    expect(flags[0].message.zh).toBe('表二 行政许可 本年处理决定数量：-3 为负数，此栏不能为负');
  });

  it('flags a fractional count, but not a fractional amount in 万元', () => {
    const flags = only(withCells(clean, { 't4.review.pending': 1.5, 't2.fees.amount': 0.25 }), 'VALUE_INVALID');
    expect(flags.map((f) => [f.cells, f.actual])).toEqual([[['t4.review.pending'], 1.5]]);
    expect(flags[0].message.zh).toContain('1.5 不是整数');
  });

  it('flags a negative amount of money', () => {
    expect(only(withCells(clean, { 't2.fees.amount': -1.2 }), 'VALUE_INVALID')).toMatchObject([{ cells: ['t2.fees.amount'], actual: -1.2 }]);
  });

  it('allows a negative 本年增/减 on the 2019 template', () => {
    const r = cleanReport('2019');
    expect(r.cells['t2.licensing.change']).toBeLessThan(0);
    expect(checkReport(withCells(r, { 't2.punishment.change': -40 }))).toEqual([]);
  });

  it('flags text that is not a number with the raw text, and does not assess the sums it is in', () => {
    const r: CheckInput = { ...withCells(clean, { 't3.granted.naturalPerson': null }), cellDetails: { ...clean.cellDetails, 't3.granted.naturalPerson': { raw: '—', invalid: true } } };
    const flags = checkReport(r);
    expect(flags.map((f) => f.code)).toEqual(['VALUE_INVALID']);
    expect(flags[0]).toMatchObject({ cells: ['t3.granted.naturalPerson'], expected: null, actual: '—' });
    expect(flags[0].message.zh).toBe('表三 予以公开 自然人：“—”不是有效数字');
  });

  it('lists several invalid cells in template order', () => {
    const flags = only(withCells(clean, { 't4.review.upheld': -1, 't2.regulations.issued': 0.5, 't3.carriedOver.total': -2 }), 'VALUE_INVALID');
    expect(flags.map((f) => f.cells[0])).toEqual(['t2.regulations.issued', 't3.carriedOver.total', 't4.review.upheld']);
  });
});

describe('CELL_BLANK', () => {
  const clean = cleanReport('2021');

  it('flags each table with blank cells once, listing them in template order and counting them', () => {
    const r = withCells(clean, { 't3.carriedOver.research': null, 't3.granted.research': null, 't3.denied.stateSecret.research': null, 't2.coercion.decisions': null });
    const flags = only(r, 'CELL_BLANK');
    expect(flags.map((f) => [f.severity, f.cells, f.expected, f.actual])).toEqual([
      ['warning', ['t2.coercion.decisions'], null, 1],
      ['warning', ['t3.carriedOver.research', 't3.granted.research', 't3.denied.stateSecret.research'], null, 3],
    ]);
    expect(flags[1].message.zh).toContain('表三 有 3 个空白单元格');
    expect(flags[1].message.zh).toContain('予以公开 科研机构');
  });

  it('treats blanks as 0: zeros left blank raise only CELL_BLANK', () => {
    const zeros = Object.fromEntries(Object.entries(clean.cells).filter(([k, x]) => x === 0 && k.startsWith('t3.')).map(([k]) => [k, null]));
    const flags = checkReport(withCells(clean, zeros));
    expect(flags.map((f) => f.code)).toEqual(['CELL_BLANK']);
    expect(flags[0].actual).toBe(Object.keys(zeros).length);
  });
});
