import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawBlock, RawDocument, RawTable } from '../../types';
import { readPdf } from '../read-pdf';

// The 淮安市洪泽区 2023 report as published (WPS PDF, bordered tables, 5 pages with "- n -").
// `shared/` sits beside the repository root (see vitest.shared.mts).
const file = join(__dirname, '../../../../../../shared/reports/hongze-2023.pdf');

const shape = (t: RawTable) => t.rows.map((r) => r.map((c) => `${c.text}${c.colSpan ? `<${c.colSpan}` : ''}${c.rowSpan ? `^${c.rowSpan}` : ''}`));
const zeros = (n: number) => Array.from({ length: n }, () => '0');

describe('readPdf on hongze-2023.pdf', () => {
  let doc: RawDocument;
  let tables: RawTable[];
  let texts: string[];
  beforeAll(async () => {
    const res = await readPdf(new Uint8Array(readFileSync(file)));
    if ('code' in res) throw new Error(`${res.code}: ${res.message}`);
    doc = res;
    tables = doc.blocks.filter((b): b is Extract<RawBlock, { kind: 'table' }> => b.kind === 'table');
    texts = doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
  });

  it('reads the title, the running text by paragraph, and no page numbers', () => {
    expect(doc.title).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
    expect(doc.createdAt).toBe('2024-02-26'); // metadata date: the mapper uses it only when no date is printed
    expect(doc.publishedAt).toBeUndefined();
    expect(texts[0]).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
    expect(texts[1]).toMatch(/^本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）/);
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      expect(texts).toContain(heading);
    }
    // A paragraph that runs over the page 1 → 2 break is one block, without the "- 1 -" between.
    expect(texts).toContain(
      '加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度。严格执行“分级审核、先审后发”程序，落实“三审三校”制度，从严从实把好政治关、法律关、政策关、保密关、文字关，未经审核的信息一律不准发布。',
    );
    expect(texts[texts.length - 1]).toBe('2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。');
    expect(texts.filter((t) => /^[-—\s]*\d+[-—\s]*$/.test(t))).toEqual([]);
    expect(tables).toHaveLength(3);
  });

  it('rebuilds table 2 over pages 2–3 as one table of four columns', () => {
    expect(shape(tables[0])).toEqual([
      ['第二十条第（一）项<4'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '0', '5', '5'],
      ['第二十条第（五）项<4'],
      ['信息内容', '本年处理决定数量<3'],
      ['行政许可', '550<3'],
      ['第二十条第（六）项<4'],
      ['信息内容', '本年处理决定数量<3'],
      ['行政处罚', '4119<3'],
      ['行政强制', '195<3'],
      ['第二十条第（八）项<4'],
      ['信息内容', '本年收费金额（单位：万元）<3'],
      ['行政事业性收费', '7730.28<3'],
    ]);
    expect(tables[0].rows[6][1].pos).toMatchObject({ kind: 'page', page: 2 });
    expect(tables[0].rows[9][1].pos).toMatchObject({ kind: 'page', page: 3 });
  });

  it('rebuilds table 3 over pages 3–4 with its three header rows, spans and wrapped labels', () => {
    const row = (label: string[], values: string[]) => [...label, ...values];
    expect(shape(tables[1])).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<3^3', '申请人情况<7'],
      ['自然人^2', '法人或其他组织<5', '总计^2'],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
      row(['一、本年新收政府信息公开申请数量<3'], ['21', ...zeros(5), '21']),
      row(['二、上年结转政府信息公开申请数量<3'], zeros(7)),
      // The vertical label runs on to page 4: one cell spanning the 20 rows of 三.
      row(['三、本年度办理结果^20', '（一）予以公开<2'], zeros(7)),
      row(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）<2'], ['4', ...zeros(5), '4']),
      row(['（三）不予公开^8', '1.属于国家秘密'], ['1', ...zeros(5), '1']),
      row(['2.其他法律行政止公开'], zeros(7)), // sic: the PDF drops 法规禁
      row(['3.危及“三安全一稳定”'], zeros(7)),
      row(['4.保护第三方合法权益'], zeros(7)),
      row(['5.属于三类内部事务信息'], zeros(7)),
      row(['6.属于四类过程性信息'], ['1', ...zeros(5), '1']),
      row(['7.属于行政执法案卷'], ['1', ...zeros(5), '1']),
      row(['8.属于行政查询事项'], zeros(7)),
      row(['（四）无法提供^3', '1.本机关不掌握相关政府信息'], ['10', ...zeros(5), '10']),
      row(['2.没有现成信息需要另行制作'], ['3', ...zeros(5), '3']),
      row(['3.补正后申请内容仍不明确'], zeros(7)),
      row(['（五）不予处理^5', '1.信访举报投诉类申请'], ['1', ...zeros(5), '1']),
      row(['2.重复申请'], zeros(7)),
      row(['3.要求提供公开出版物'], zeros(7)),
      row(['4.无正当理由大量反复申请'], zeros(7)),
      row(['5.要求行政机关确认或重新出具已获取信息'], zeros(7)),
      row(['（六）其他处理<2'], zeros(7)),
      row(['（七）总计<2'], ['21', ...zeros(5), '21']),
      row(['四、结转下年度继续办理<3'], zeros(7)),
    ]);
    const carried = tables[1].rows[17][0];
    expect(carried.pos).toMatchObject({ kind: 'page', page: 4 });
  });

  it('rebuilds table 4 with its two header levels and the 15 values as published', () => {
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(shape(tables[2])).toEqual([
      ['行政复议<5', '行政诉讼<10'],
      [...heads.map((h) => `${h}^2`), '未经复议直接起诉<5', '复议后起诉<5'],
      [...heads, ...heads],
      ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0'],
    ]);
    const values = tables[2].rows[3];
    // Cells left to right, each in its own column box on page 4.
    for (let k = 1; k < values.length; k++) {
      const [a, b] = [values[k - 1].pos, values[k].pos];
      if (a.kind !== 'page' || b.kind !== 'page') throw new Error('page positions expected');
      expect(b.page).toBe(4);
      expect(b.x).toBeGreaterThanOrEqual(a.x + a.w - 1);
    }
  });
});
