import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from './fixtures/shared-dir';
import { parseDocument, parseDocumentSync } from '../index';
import { expectCells, okReport } from './fixtures/compare';

const dir = join(sharedDir, 'reports');
const bytes = readFileSync(join(dir, 'huaibei-gongan-2022.txt'));
const expected = JSON.parse(readFileSync(join(dir, 'huaibei-gongan-2022.expected.json'), 'utf8')) as {
  agency: string; region: string[]; year: number; template: string; cells: Record<string, number | null>;
};
const lines = bytes.toString('utf8').split('\n');

describe('淮北市公安局 2022 (Word text export)', () => {
  const report = okReport(parseDocumentSync(bytes, { fileName: 'huaibei-gongan-2022.txt' }));

  it('reads all 200 cells as read by hand, and no other key', () => {
    expect(Object.keys(expected.cells)).toHaveLength(200);
    expectCells(report, expected.cells);
  });

  it('identifies the report', () => {
    expect(report.layout).toBe('text');
    expect(report.title).toBe('淮北市公安局2022年政府信息公开工作年度报告');
    expect(report.agency).toBe(expected.agency);
    expect(report.region).toEqual(expected.region);
    expect(report.year).toBe(expected.year);
    expect(report.template).toBe(expected.template);
    expect(report.missingTables).toEqual([]);
    expect(report.missingRows).toEqual([]);
    expect(report.unitsAsWritten).toEqual({});
    expect(report.publishedAt).toBeNull();
  });

  it('finds the six sections, renumbered ones included', () => {
    expect(report.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    const s6 = report.sections[5];
    expect(s6.heading).toBe('6、 其他需要报告的事项');
    expect(s6.text).toContain('没有产生信息公开处理费');
    expect(report.sections[0].text).toContain('新增主动公开政府信息1301条');
    // the sub-heading （1） 主动公开情况 stays inside section 1
    expect(report.sections[0].text).toContain('（1） 主动公开情况');
  });

  it('points every cell at the line that holds it', () => {
    const at = (key: string) => {
      const pos = report.cellDetails[key].pos;
      if (pos.kind !== 'line') throw new Error('line position expected');
      return lines[pos.line - 1];
    };
    expect(at('t2.fees.amount')).toBe('\t3227.23');
    expect(at('t2.licensing.decisions')).toBe('\t67');
    expect(at('t2.punishment.decisions')).toBe('\t861');
    expect(report.cellDetails['t3.otherProcessing.other.naturalPerson'].pos).toEqual({ kind: 'line', line: 325 });
    expect(report.cellDetails['t3.total.total'].pos).toEqual({ kind: 'line', line: 341 });
    expect(report.cellDetails['t4.litigationDirect.other'].pos).toEqual({ kind: 'line', line: 401 });
    expect(report.cellDetails['t4.litigationAfterReview.upheld'].pos).toEqual({ kind: 'line', line: 404 });
    expect(report.cellDetails['t4.review.upheld'].raw).toBe('0');
    for (const [key, cell] of Object.entries(report.cellDetails)) {
      if (cell.pos.kind !== 'line') throw new Error(key);
      expect(lines[cell.pos.line - 1].trim()).toBe(cell.raw);
    }
    expect(report.sections.find((s) => s.id === 's4')?.pos).toEqual({ kind: 'line', line: 354 });
  });

  it('gives the same report through the async entry point', async () => {
    const r = okReport(await parseDocument(bytes));
    expect(r.cells).toEqual(report.cells);
  });
});
