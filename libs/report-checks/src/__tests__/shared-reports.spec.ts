// The shared development reports: the expected cells read by hand, and for 淮北市公安局 2022
// its running text cut at the six section headings (tables, i.e. tab-indented lines, left out).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelForms, normalizeLabel, SECTIONS, type CellValues, type TemplateId } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the test-only locator of ../shared/ lives at the repo root
import { sharedDir } from '../../../../vitest.shared.mts';
import { makeContext } from '../context';
import { checkReport, type CheckInput } from '../index';
import { findStatements } from '../text/find-statements';

type Expected = { year: number; template: TemplateId; cells: CellValues; expectedFlags: { code: string }[]; noFlags: string[] };
const load = (name: string): Expected => JSON.parse(readFileSync(join(sharedDir, 'reports', `${name}.expected.json`), 'utf8'));

/** Cut the text at the lines that are one of the catalog's section headings ("一 、总体情况", "6、 其他需要报告的事项"). */
function sectionsOf(text: string): CheckInput['sections'] {
  const out: CheckInput['sections'] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) continue;
    // Word's "[bookmark: …]" artefacts go; a heading carries its own number (一、 or 6、), sub-headings "（1）" do not count.
    const compact = line.replace(/\[bookmark:[^\]]*\]/g, '').replace(/\s+/g, '');
    const heading = SECTIONS.find((s, i) => (compact.startsWith(`${s.number}、`) || compact.startsWith(`${i + 1}、`)) && labelForms(s).includes(normalizeLabel(compact)));
    if (heading) out.push({ id: heading.id, heading: line.trim(), text: '' });
    else if (out.length > 0) out[out.length - 1].text += `${line}\n`;
  }
  return out;
}

const report = (e: Expected, sections: CheckInput['sections']): CheckInput => ({
  year: e.year, template: e.template, cells: e.cells, sections, missingTables: [], missingRows: [], publishedAt: null,
});

describe('淮北市公安局 2022 (text export)', () => {
  const expected = load('huaibei-gongan-2022');
  const sections = sectionsOf(readFileSync(join(sharedDir, 'reports', 'huaibei-gongan-2022.txt'), 'utf8'));
  const flags = checkReport(report(expected, sections));

  it('has the six sections in the text', () => {
    expect(sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(sections[0].text).toContain('2022年共收到依申请公开6件');
  });

  it('reads "共收到依申请公开6件" and "未发生…行政复议、行政诉讼情况", which agree with the tables', () => {
    const found = findStatements(makeContext(report(expected, sections), null));
    expect(found.map((s) => [s.def.id, s.stated, s.cells])).toEqual([
      ['requests.received', 6, ['t3.newRequests.total']],
      ['review.none', 0, ['t4.review.total', 't4.litigationDirect.total', 't4.litigationAfterReview.total']],
    ]);
  });

  it('gets TEXT_ITEMIZATION: 1301 stated, the 22 items add up to 1233', () => {
    const itemization = flags.filter((f) => f.code === 'TEXT_ITEMIZATION');
    expect(itemization).toHaveLength(1);
    expect(itemization[0]).toMatchObject({ severity: 'warning', cells: [], expected: 1301, actual: 1233 });
    expect(itemization[0].message.zh).toContain('新增主动公开政府信息1301条');
    expect(itemization[0].message.zh).toContain('22 项之和为 1233条');
    expect(itemization[0].message.zh).toContain('相差 68');
    for (const { code } of expected.expectedFlags) expect(flags.map((f) => f.code)).toContain(code);
  });

  it('gets none of its noFlags, and no other error or warning', () => {
    for (const code of expected.noFlags) expect(flags.filter((f) => f.code === code), code).toEqual([]);
    expect(flags.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(['TEXT_ITEMIZATION']);
  });

  it('late publication is judged from the date given in the options', () => {
    const late = checkReport(report(expected, sections), { publishedAt: '2023-02-15' }).filter((f) => f.code === 'LATE_PUBLICATION');
    expect(late).toMatchObject([{ expected: '2023-01-31', actual: '2023-02-15' }]);
  });
});

describe('淮安市洪泽区 2023 (cells of the PDF)', () => {
  const expected = load('hongze-2023');
  const flags = checkReport(report(expected, []));

  it('gets T4_GROUP_TOTAL for 行政复议 (10 + 1 ≠ 0) and 复议后起诉 (5 ≠ 0)', () => {
    expect(flags.filter((f) => f.code === 'T4_GROUP_TOTAL').map((f) => [f.cells[0], f.expected, f.actual])).toEqual([
      ['t4.review.upheld', 11, 0],
      ['t4.litigationAfterReview.upheld', 5, 0],
    ]);
    for (const { code } of expected.expectedFlags) expect(flags.map((f) => f.code)).toContain(code);
  });

  it('accepts the single （六）其他处理 row and gets none of its noFlags', () => {
    for (const code of expected.noFlags) expect(flags.filter((f) => f.code === code), code).toEqual([]);
  });
});
