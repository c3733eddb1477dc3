import { describe, expect, it } from 'vitest';
import { composeRegionSummary, coverageTree, findCjkFont, isFontMissing, rankRegions, renderDocx, renderPdf, type RiskCard } from '../index';
import { docxText, pdfText } from './support';

const regions = [
  { code: '340600', name: '淮北市', parent: null },
  { code: '340602', name: '杜集区', parent: '340600' },
  { code: '340603', name: '相山区', parent: '340600' },
];
const agencies = [
  { id: 'a1', name: '淮北市公安局', region: '340600' },
  { id: 'a2', name: '杜集区人民政府', region: '340602' },
  { id: 'a3', name: '相山区人民政府', region: '340603' },
  { id: 'a4', name: '相山区财政局', region: '340603' },
];
const tree = coverageTree(regions, agencies, [
  { agencyId: 'a1', year: 2023, publishedAt: '2024-01-25' },
  { agencyId: 'a2', year: 2023, publishedAt: '2024-02-06' },
  { agencyId: 'a3', year: 2023, publishedAt: '2024-01-30' },
], 2023);
const card = (region: string, overall: RiskCard['overall']): RiskCard => ({ year: 2023, region, items: [], overall });
const summary = composeRegionSummary({
  region: '淮北市', year: 2023, date: '2024-03-10', issuer: '淮北市政务公开办公室',
  coverage: tree.roots[0],
  trends: [
    { year: 2023, agencies: 4, onTime: 2, late: 1, missing: 1, errorFlags: 3, substantiveDisclosureRate: 0.512 },
    { year: 2022, agencies: 4, onTime: 3, late: 1, missing: 0, errorFlags: 7, substantiveDisclosureRate: null },
  ],
  worstProblems: [{ code: 'CELL_BLANK', count: 5, agencies: 2 }, { code: 'T3_BALANCE', count: 9, agencies: 3 }],
  ranking: rankRegions([card('杜集区', 'red'), card('相山区', 'green'), card('相山区', 'amber')]),
});

describe('composeRegionSummary', () => {
  it('states coverage with the missing agencies, trends by year, worst problems first, the ranking', () => {
    expect(summary.title).toBe('淮北市2023年度政府信息公开工作年度报告审核情况');
    const paras = summary.blocks.filter((b) => b.kind === 'paragraph').map((b) => 'text' in b && b.text);
    expect(paras).toEqual([
      '淮北市应发布年度报告的机关 4 家，已发布 3 家，其中按时发布（2024年1月31日前）2 家、逾期发布 1 家，未发布 1 家；按时发布率 50%。',
      '未发布年度报告的机关：相山区财政局。',
    ]);
    const tables = summary.blocks.filter((b) => b.kind === 'table');
    expect(tables[0]).toMatchObject({ rows: [['杜集区', '1', '0', '1', '0', '0%'], ['相山区', '2', '1', '0', '1', '50%']] });
    expect(tables[1]).toMatchObject({ rows: [['2022', '4', '3', '1', '0', '7', '—'], ['2023', '4', '2', '1', '1', '3', '51.2%']] });
    expect(summary.blocks.filter((b) => b.kind === 'item').map((b) => 'text' in b && b.text)).toEqual(['表三收办不平衡：9 处，涉及 3 家机关。', '单元格空白：5 处，涉及 2 家机关。']);
    expect(tables[2]).toMatchObject({ rows: [['1', '杜集区', '1', '0', '0', '0', '2.00'], ['2', '相山区', '0', '1', '1', '0', '0.50']] });
  });

  it('renders to DOCX and PDF with the same numbers', async () => {
    const { text } = docxText(renderDocx(summary));
    expect(text).toContain('按时发布率 50%');
    expect(text).toContain('相山区财政局');
    if (isFontMissing(findCjkFont())) return; // PDF: see notice.spec.ts for the font-missing path
    const pdf = await renderPdf(summary);
    if (isFontMissing(pdf)) throw new Error(pdf.message);
    const compact = (await pdfText(pdf)).text.replace(/\s+/g, '');
    expect(compact).toContain('按时发布率50%');
    expect(compact).toContain('表三收办不平衡：9处，涉及3家机关。');
    expect(compact).toContain('51.2%');
  });

  it('rejects a year given twice in the trends', () => {
    expect(() => composeRegionSummary({ region: 'x', year: 2023, date: '2024-03-10', coverage: tree.roots[0], trends: [{ year: 2023, agencies: 1, onTime: 1, late: 0, missing: 0, errorFlags: 0 }, { year: 2023, agencies: 1, onTime: 1, late: 0, missing: 0, errorFlags: 0 }], worstProblems: [] })).toThrow(/a year appears twice/);
  });
});
