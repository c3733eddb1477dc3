import { templateCells, type TemplateId } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../index';
import { cleanReport } from './support/clean-report';

describe.each<TemplateId>(['2021', '2019'])('a clean report on the %s template', (template) => {
  const report = cleanReport(template);

  it('fills every cell of the template', () => {
    const keys = templateCells(template).map((c) => c.key);
    expect(keys).toHaveLength(template === '2021' ? 200 : 198);
    expect(Object.keys(report.cells).sort()).toEqual([...keys].sort());
    expect(Object.values(report.cells).every((x) => typeof x === 'number')).toBe(true);
  });

  it('gets no flag at all', () => {
    expect(checkReport(report)).toEqual([]);
  });
});
