import { describe, expect, it } from 'vitest';
import { checkAcrossYears, CheckInputError, type YearFacts } from '../../index';
import { cleanCells } from '../../__tests__/support/clean-report';

/** A previous year whose carried-forward requests are this year's carried-over ones. */
function pair(): { current: YearFacts; previous: YearFacts } {
  const cells = cleanCells('2021');
  const prev = cleanCells('2021');
  for (const k of Object.keys(cells).filter((x) => x.startsWith('t3.carriedOver.'))) prev[k.replace('carriedOver', 'carriedForward')] = cells[k];
  for (const row of ['regulations', 'normativeDocs']) {
    prev[`t2.${row}.inForce`] = (cells[`t2.${row}.inForce`] as number) - (cells[`t2.${row}.issued`] as number) + (cells[`t2.${row}.repealed`] as number);
  }
  return { current: { year: 2022, template: '2021', cells }, previous: { year: 2021, template: '2021', cells: prev } };
}

describe('checkAcrossYears', () => {
  it('finds nothing between two consistent years', () => {
    const { current, previous } = pair();
    expect(checkAcrossYears(current, previous)).toEqual([]);
  });

  it('CARRY_OVER_MISMATCH: this year carried over ≠ last year carried forward, per column', () => {
    const { current, previous } = pair();
    previous.cells['t3.carriedForward.commercial'] = 4;
    previous.cells['t3.carriedForward.total'] = (previous.cells['t3.carriedForward.total'] as number) + 3;
    const flags = checkAcrossYears(current, previous);
    expect(flags.map((f) => [f.code, f.severity, f.cells, f.expected, f.actual])).toEqual([
      ['CARRY_OVER_MISMATCH', 'warning', ['t3.carriedOver.commercial'], 4, 1],
      ['CARRY_OVER_MISMATCH', 'warning', ['t3.carriedOver.total'], (current.cells['t3.carriedOver.total'] as number) + 3, current.cells['t3.carriedOver.total']],
    ]);
    expect(flags[0].message.zh).toBe('表三 商业企业 列：2022 年上年结转 1，但 2021 年报告结转下年 4，相差 3');
  });

  it('T2_INFORCE_CHAIN: in force ≠ last year in force + issued − repealed (info)', () => {
    const { current, previous } = pair();
    current.cells['t2.normativeDocs.inForce'] = (current.cells['t2.normativeDocs.inForce'] as number) + 5;
    const flags = checkAcrossYears(current, previous);
    expect(flags).toMatchObject([{ code: 'T2_INFORCE_CHAIN', severity: 'info', cells: ['t2.normativeDocs.inForce'], expected: (current.cells['t2.normativeDocs.inForce'] as number) - 5, actual: current.cells['t2.normativeDocs.inForce'] }]);
    expect(flags[0].message.zh).toContain('现行有效件数');
  });

  it('T2_INFORCE_CHAIN needs the 2021 template in both years', () => {
    const { current, previous } = pair();
    current.cells['t2.normativeDocs.inForce'] = 99;
    expect(checkAcrossYears(current, { ...previous, template: '2019' }).map((f) => f.code)).not.toContain('T2_INFORCE_CHAIN');
  });

  it('YOY_OUTLIER: fees written in 元 instead of 万元 (×10000)', () => {
    const { current, previous } = pair();
    previous.cells['t2.fees.amount'] = 3227.23;
    current.cells['t2.fees.amount'] = 32272300;
    const flags = checkAcrossYears(current, previous);
    expect(flags.map((f) => [f.code, f.severity, f.cells, f.expected, f.actual])).toEqual([['YOY_OUTLIER', 'info', ['t2.fees.amount'], 3227.23, 32272300]]);
    expect(flags[0].message.zh).toContain('×10000');
    expect(flags[0].message.zh).toContain('元/万元');
  });

  it('YOY_OUTLIER: a count from 0 to ≥ 100, or down by a factor 10; not from 0 to 99', () => {
    const { current, previous } = pair();
    previous.cells['t2.coercion.decisions'] = 0;
    current.cells['t2.coercion.decisions'] = 100;
    previous.cells['t2.punishment.decisions'] = 861;
    current.cells['t2.punishment.decisions'] = 86;
    previous.cells['t2.licensing.decisions'] = 0;
    current.cells['t2.licensing.decisions'] = 99;
    expect(checkAcrossYears(current, previous).map((f) => [f.cells, f.expected, f.actual])).toEqual([
      [['t2.punishment.decisions'], 861, 86],
      [['t2.coercion.decisions'], 0, 100],
    ]);
  });

  it('compares consecutive years only, and refuses a previous year that is not earlier', () => {
    const { current, previous } = pair();
    previous.cells['t3.carriedForward.total'] = 1000;
    expect(checkAcrossYears({ ...current, year: 2023 }, previous)).toEqual([]);
    expect(() => checkAcrossYears(previous, current)).toThrow(CheckInputError);
  });
});
