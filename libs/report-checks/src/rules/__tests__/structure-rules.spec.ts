import { templateCells } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { CheckInputError, checkReport, type CheckInput } from '../../index';
import { cleanReport, withCells } from '../../__tests__/support/clean-report';

const only = (r: CheckInput, code: string) => checkReport(r).filter((f) => f.code === code);
const without = (r: CheckInput, prefix: string) =>
  withCells(r, Object.fromEntries(Object.keys(r.cells).filter((k) => k.startsWith(prefix)).map((k) => [k, undefined])));

describe('TABLE_MISSING', () => {
  const clean = cleanReport('2021');

  it('flags a missing table with every key of the table', () => {
    const r = { ...without(clean, 't4.'), missingTables: ['t4' as const] };
    const flags = checkReport(r);
    expect(flags.map((f) => f.code)).toEqual(['TABLE_MISSING']);
    expect(flags[0]).toMatchObject({ severity: 'error', expected: null, actual: null, cells: templateCells('2021').filter((c) => c.table === 't4').map((c) => c.key) });
    expect(flags[0].message.zh).toBe('报告缺少表四（政府信息公开行政复议、行政诉讼情况）');
  });

  it('flags a missing row of a present table with the row keys', () => {
    const r = { ...without(clean, 't3.denied.processInfo.'), missingRows: ['t3.denied.processInfo'] };
    const flags = only(r, 'TABLE_MISSING');
    expect(flags).toMatchObject([{ cells: ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((c) => `t3.denied.processInfo.${c}`) }]);
    expect(flags[0].message.zh).toBe('表三 缺少“不予公开·属于四类过程性信息”行');
    // The row is absent and its cells were 0 or add up elsewhere: the sums still hold or are flagged on their own.
    expect(checkReport(r).filter((f) => f.severity === 'error').map((f) => f.code)).toContain('TABLE_MISSING');
  });

  it('flags the three 2021 other-handling rows when neither they nor the single row are there', () => {
    const r = without(clean, 't3.otherProcessing.');
    expect(only(r, 'TABLE_MISSING').map((f) => f.cells[0])).toEqual(['t3.otherProcessing.noCorrection.naturalPerson', 't3.otherProcessing.unpaidFee.naturalPerson', 't3.otherProcessing.other.naturalPerson']);
  });

  it('accepts the 2021 single-row （六）其他处理 instead of its three sub-rows', () => {
    const split = ['noCorrection', 'unpaidFee', 'other'];
    const cols = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
    const single = Object.fromEntries(cols.map((c) => [`t3.otherProcessing.${c}`, split.reduce((a, s) => a + (clean.cells[`t3.otherProcessing.${s}.${c}`] as number), 0)]));
    const r = { ...withCells(without(clean, 't3.otherProcessing.'), single), missingRows: split.map((s) => `t3.otherProcessing.${s}`) };
    expect(checkReport(r)).toEqual([]);
  });
});

describe('SECTION_MISSING', () => {
  it('flags a missing section with its heading', () => {
    const clean = cleanReport('2019');
    const r = { ...clean, sections: clean.sections.filter((s) => s.id !== 's5') };
    expect(checkReport(r)).toMatchObject([{ code: 'SECTION_MISSING', severity: 'warning', cells: [], expected: '五、存在的主要问题及改进情况', actual: null }]);
  });
});

describe('TEMPLATE_MISMATCH', () => {
  it('flags a 2021+ report on the 2019 template', () => {
    const r = { ...cleanReport('2019'), year: 2022, publishedAt: '2023-01-15' };
    const flags = checkReport(r);
    expect(flags.map((f) => f.code)).toEqual(['TEMPLATE_MISMATCH']);
    expect(flags[0]).toMatchObject({ severity: 'warning', cells: [], expected: '2021', actual: '2019' });
    expect(flags[0].message.zh).toContain('国办公开办函〔2021〕30号');
  });

  it('flags a 2020 report on the 2021 template, and not a report before 2019', () => {
    expect(only({ ...cleanReport('2021'), year: 2020, publishedAt: null }, 'TEMPLATE_MISMATCH')).toMatchObject([{ expected: '2019', actual: '2021' }]);
    expect(only({ ...cleanReport('2021'), year: 2017, publishedAt: null }, 'TEMPLATE_MISMATCH')).toEqual([]);
  });
});

describe('LATE_PUBLICATION', () => {
  const clean = cleanReport('2021');

  it('flags a report published after 31 January of the next year', () => {
    const flags = checkReport({ ...clean, publishedAt: '2023-02-01' });
    expect(flags).toMatchObject([{ code: 'LATE_PUBLICATION', severity: 'warning', cells: [], expected: '2023-01-31', actual: '2023-02-01' }]);
    expect(flags[0].message.zh).toContain('1 天');
  });

  it('accepts the deadline day, uses the date of the options over the document, and needs a date', () => {
    expect(checkReport({ ...clean, publishedAt: '2023-01-31' })).toEqual([]);
    expect(checkReport({ ...clean, publishedAt: '2023-01-10' }, { publishedAt: '2023-03-01T08:00:00+08:00' })).toMatchObject([{ actual: '2023-03-01' }]);
    expect(checkReport({ ...clean, publishedAt: null })).toEqual([]);
  });

  it('refuses a date that is not ISO', () => {
    expect(() => checkReport({ ...clean, publishedAt: '2023年2月1日' })).toThrow(CheckInputError);
    expect(() => checkReport(clean, { publishedAt: '2023-02-30' })).toThrow(/options.publishedAt/);
  });
});

describe('bad input', () => {
  it('names the cell that is not a number', () => {
    expect(() => checkReport(withCells(cleanReport('2021'), { 't3.granted.total': Number.NaN }))).toThrow(/cell t3.granted.total/);
  });
});
