import { FLAG_CODES } from '@gongkai/report-format';
import { computeMetrics } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { composeNotice, findCjkFont, isFontMissing, renderDocx, renderPdf, riskCard, RULE_TEXT, type NoticeData } from '../index';
import { docxText, hongze, pdfText } from './support';

const report = hongze();
const t4 = report.flags.filter((f) => f.code === 'T4_GROUP_TOTAL');
const card = riskCard({ year: 2023, metrics: computeMetrics(report.template, report.cells), openErrorFlags: t4.length, publishedAt: '2024-02-15', agency: '淮安市洪泽区人民政府' });
const data: NoticeData = {
  kind: 'rectification', issuer: '淮安市人民政府办公室', agency: '淮安市洪泽区人民政府', year: 2023,
  template: report.template, cells: report.cells, flags: t4, riskCard: card,
  deadline: '2024-04-30', date: '2024-04-01', docNumber: '淮政办函〔2024〕12号', contact: '联系人：王明，电话：0517-83600000',
};
const notice = composeNotice(data);
const flat = notice.blocks.map((b) => ('text' in b ? b.text : '') + ('details' in b ? b.details.join('') : '') + ('rows' in b ? b.rows.flat().join('|') : '') + ('lines' in b ? b.lines.join('') : '')).join('\n');

describe('composeNotice', () => {
  it('has the two table 4 errors of the 洪泽区 2023 report, with cells, values and the rule', () => {
    expect(t4.map((f) => [f.cells[0], f.expected, f.actual])).toEqual([['t4.review.upheld', 11, 0], ['t4.litigationAfterReview.upheld', 5, 0]]);
    expect(notice.title).toBe('关于淮安市洪泽区人民政府2023年政府信息公开工作年度报告问题的整改通知');
    const items = notice.blocks.filter((b) => b.kind === 'item');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ number: 1, text: `表四总计不符：${t4[0].message.zh}。` });
    expect(items[0].kind === 'item' && items[0].details).toEqual([
      '涉及单元格：表四 行政复议 结果维持（10）、表四 行政复议 结果纠正（1）、表四 行政复议 其他结果（0）、表四 行政复议 尚未审结（0）、表四 行政复议 总计（0）。',
      `依据：${RULE_TEXT.T4_GROUP_TOTAL}。`,
    ]);
  });

  it('opens with the addressee and the count, closes with the deadline, issuer and date', () => {
    expect(notice.blocks.slice(0, 4).map((b) => b.kind)).toEqual(['title', 'subtitle', 'addressee', 'paragraph']);
    expect(flat).toContain('发现以下 2 个问题，现通知如下：');
    expect(flat).toContain('于2024年4月30日前完成整改');
    expect(notice.blocks.at(-1)).toEqual({ kind: 'signature', lines: ['淮安市人民政府办公室', '2024年4月1日'] });
    expect(notice.blocks.filter((b) => b.kind === 'heading').map((b) => 'text' in b && b.text)).toEqual(['一、存在的问题', '二、风险评级', '三、整改要求']);
  });

  it('carries the risk card: 2 open errors amber, 15 days late amber', () => {
    expect(card.items.find((i) => i.id === 'openErrorFlags')).toMatchObject({ value: 2, rating: 'amber' });
    expect(card.items.find((i) => i.id === 'lateness')).toMatchObject({ value: 15, rating: 'amber' });
    expect(flat).toContain('未整改错误|2|黄色');
  });

  it('an assessment without findings says so', () => {
    const ok = composeNotice({ ...data, kind: 'assessment', flags: [], riskCard: undefined });
    expect(ok.title).toBe('关于淮安市洪泽区人民政府2023年政府信息公开工作年度报告的评估意见');
    expect(ok.blocks.find((b) => b.kind === 'paragraph')).toMatchObject({ text: expect.stringContaining('未发现需要说明的问题') });
  });

  it('rejects a deadline before the date and an unknown flag code', () => {
    expect(() => composeNotice({ ...data, deadline: '2024-03-01' })).toThrow(/notice.deadline: deadline 2024-03-01 is before/);
    expect(() => composeNotice({ ...data, flags: [{ ...t4[0], code: 'NOPE' }] })).toThrow(/unknown flag code NOPE/);
  });

  it('has a plain-Chinese rule for every flag code of the catalog', () => {
    expect(Object.keys(RULE_TEXT).sort()).toEqual(FLAG_CODES.map((f) => f.code).sort());
  });
});

describe('renderDocx', () => {
  const bytes = renderDocx(notice);

  it('is a WordprocessingML package whose text has the flagged numbers and cell labels', () => {
    const { files, text, xml } = docxText(bytes);
    expect(files).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml']);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(text).toContain('关于淮安市洪泽区人民政府2023年政府信息公开工作年度报告问题的整改通知');
    expect(text).toContain('表四 行政复议 结果维持（10）');
    expect(text).toContain('表四 行政诉讼·复议后起诉 结果维持（5）');
    expect(text).toContain(t4[0].message.zh);
    expect(text).toContain('于2024年4月30日前完成整改');
  });

  it('is deterministic', () => {
    expect(renderDocx(composeNotice(data))).toEqual(bytes);
  });
});

describe('renderPdf', () => {
  const font = findCjkFont();

  it.runIf(!isFontMissing(font))('draws the notice with a system CJK font: the text comes back out with the numbers and labels', async () => {
    const bytes = await renderPdf(notice);
    if (isFontMissing(bytes)) throw new Error(bytes.message);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { text } = await pdfText(bytes);
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain('关于淮安市洪泽区人民政府2023年政府信息公开工作年度报告问题的整改通知');
    expect(compact).toContain('表四行政复议结果维持（10）');
    expect(compact).toContain('表四行政诉讼·复议后起诉结果维持（5）');
    expect(compact).toContain(t4[0].message.zh.replace(/\s+/g, ''));
    expect(compact).toContain('2024年4月30日');
  });

  it('says which Debian package to install when there is no font', async () => {
    const r = await renderPdf(notice, { fontPath: '/nonexistent/wqy-zenhei.ttc' });
    expect(isFontMissing(r) && r).toMatchObject({ kind: 'fontMissing', debianPackage: 'fonts-wqy-zenhei' });
    expect(isFontMissing(r) && r.message).toContain('apt-get install fonts-wqy-zenhei');
    expect(findCjkFont({}, '/nonexistent-root')).toMatchObject({ kind: 'fontMissing', debianPackage: 'fonts-wqy-zenhei' });
  });
});
