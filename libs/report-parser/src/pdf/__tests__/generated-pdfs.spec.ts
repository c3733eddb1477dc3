import { describe, expect, it } from 'vitest';
import type { ParseError, RawBlock, RawDocument, RawTable } from '../../types';
import { readPdf } from '../read-pdf';
import { grid, hasCjkFont, makePdf, pageNumber, text, textRight, CJK_FONT } from './draw-pdf';

const tables = (doc: RawDocument) => doc.blocks.filter((b): b is Extract<RawBlock, { kind: 'table' }> => b.kind === 'table');
const texts = (doc: RawDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
/** Cell texts with spans written as "text<colSpan" / "text^rowSpan". */
const shape = (t: RawTable) => t.rows.map((r) => r.map((c) => `${c.text}${c.colSpan ? `<${c.colSpan}` : ''}${c.rowSpan ? `^${c.rowSpan}` : ''}`));

async function read(bytes: Uint8Array): Promise<RawDocument> {
  const doc = await readPdf(bytes);
  if ('code' in doc) throw new Error(`${doc.code}: ${doc.message}`);
  return doc;
}

if (!hasCjkFont) {
  console.warn(`[pdf tests] CJK font ${CJK_FONT} is missing (apt-get install -y fonts-wqy-zenhei): generated-PDF table tests are skipped`);
}

describe.skipIf(!hasCjkFont)('readPdf on generated PDFs', () => {
  it('rebuilds a bordered table with merged header cells and a wrapped row label; drops the page number', async () => {
    const bytes = await makePdf([
      (d) => {
        text(d, 240, 60, '某某县人民政府', 16);
        text(d, 170, 84, '2023 年政府信息公开工作年度报告', 16);
        text(d, 60, 130, '政 府 信 息 公 开 工 作 2023 年 取 得 成 效。', 12);
        grid(d, 60, 160, [200, 80, 80, 80], [24, 24, 36, 24], [
          { r: 0, c: 0, rs: 2, lines: ['信息内容'] },
          { r: 0, c: 1, cs: 3, lines: ['申请人情况'] },
          { r: 1, c: 1, lines: ['自然人'] },
          { r: 1, c: 2, lines: ['商业企业'] },
          { r: 1, c: 3, lines: ['总计'] },
          { r: 2, c: 0, lines: ['一、本年新收政府信息', '公开申请数量'] },
          { r: 2, c: 1, lines: ['21'], right: true },
          { r: 2, c: 2, lines: ['0'], right: true },
          { r: 2, c: 3, lines: ['21'], right: true },
          { r: 3, c: 0, lines: ['二、上年结转申请数量'] },
          { r: 3, c: 1, lines: ['3'], right: true },
          { r: 3, c: 2, lines: ['1'], right: true },
          { r: 3, c: 3, lines: ['4'], right: true },
        ]);
        text(d, 60, 300, '三、收到和处理政府信息公开申请情况', 12);
        pageNumber(d, '-1-');
      },
    ], '某某县人民政府2023年政府信息公开工作年度报告');
    const doc = await read(bytes);
    expect(doc.layout).toBe('pdf');
    expect(doc.title).toBe('某某县人民政府2023年政府信息公开工作年度报告');
    expect(texts(doc)).toEqual(['某某县人民政府2023年政府信息公开工作年度报告', '政府信息公开工作2023年取得成效。', '三、收到和处理政府信息公开申请情况']);
    const [t] = tables(doc);
    expect(tables(doc)).toHaveLength(1);
    expect(shape(t)).toEqual([
      ['信息内容^2', '申请人情况<3'],
      ['自然人', '商业企业', '总计'],
      ['一、本年新收政府信息公开申请数量', '21', '0', '21'],
      ['二、上年结转申请数量', '3', '1', '4'],
    ]);
    // Positions are the cell boxes as drawn (top-left origin, points).
    expect(t.rows[2][0].pos).toEqual({ kind: 'page', page: 1, x: 60, y: 208, w: 200, h: 36 });
    expect(t.rows[3][3].pos).toMatchObject({ kind: 'page', page: 1, x: 420, y: 244, w: 80, h: 24 });
  });

  it('infers the columns of a borderless table from the alignment of its numbers', async () => {
    const bytes = await makePdf([
      (d) => {
        text(d, 60, 80, '二、主动公开政府信息情况', 12);
        text(d, 60, 110, '信息内容', 12);
        text(d, 250, 110, '本年制发件数', 12);
        text(d, 380, 110, '现行有效件数', 12);
        const rows: [string[], string, string][] = [
          [['规章'], '0', '0'],
          [['行政规范性文件'], '5', '12'],
          [['第二十条第（五）项行政许可', '（含变更）'], '550', '3'],
          [['行政处罚'], '4119', '195'],
        ];
        let y = 134;
        for (const [label, a, b] of rows) {
          label.forEach((l, k) => text(d, 60, y + k * 15, l, 12));
          textRight(d, 310, y, a, 12);
          textRight(d, 440, y, b, 12);
          y += 24 + (label.length - 1) * 15;
        }
        text(d, 60, y + 20, '三、收到和处理政府信息公开申请情况', 12);
        pageNumber(d, '- 1 -');
      },
    ]);
    const doc = await read(bytes);
    expect(texts(doc)).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    const [t] = tables(doc);
    expect(tables(doc)).toHaveLength(1);
    expect(shape(t)).toEqual([
      ['信息内容', '本年制发件数', '现行有效件数'],
      ['规章', '0', '0'],
      ['行政规范性文件', '5', '12'],
      ['第二十条第（五）项行政许可（含变更）', '550', '3'],
      ['行政处罚', '4119', '195'],
    ]);
  });

  it('reads borderless one-row tables, and header cells set closer than the cell gap, under right-aligned numbers', async () => {
    const bytes = await makePdf([
      (d) => {
        text(d, 60, 80, '二、主动公开政府信息情况', 12);
        // Block 1: headers centred, 10 pt apart; numbers right-aligned in their columns.
        text(d, 120, 110, '信息内容', 10.5);
        text(d, 262, 110, '本年新制发件数', 10.5);
        text(d, 349, 110, '本年废止件数', 10.5);
        text(d, 431, 110, '现行有效件数', 10.5);
        [['规章', '0', '0', '0'], ['行政规范性文件', '1', '1', '27']].forEach(([label, a, b, c], k) => {
          text(d, 93, 132 + k * 20, label, 10.5);
          textRight(d, 335, 132 + k * 20, a, 10.5);
          textRight(d, 418, 132 + k * 20, b, 10.5);
          textRight(d, 501, 132 + k * 20, c, 10.5);
        });
        // Block 2: a header and a single data row.
        text(d, 120, 200, '信息内容', 10.5);
        text(d, 339, 200, '本年处理决定数量', 10.5);
        text(d, 93, 222, '行政许可', 10.5);
        textRight(d, 501, 222, '173', 10.5);
        text(d, 60, 270, '三、收到和处理政府信息公开申请情况', 12);
      },
    ]);
    const doc = await read(bytes);
    expect(texts(doc)).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    expect(tables(doc).map(shape)).toEqual([
      [
        ['信息内容', '本年新制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '0', '0', '0'],
        ['行政规范性文件', '1', '1', '27'],
      ],
      [
        ['信息内容', '本年处理决定数量'],
        ['行政许可', '173'],
      ],
    ]);
  });

  it('stitches a table that runs over a page break, dropping the repeated header and the page numbers', async () => {
    const header = [
      { r: 0, c: 0, lines: ['项目'] },
      { r: 0, c: 1, lines: ['结果维持'] },
      { r: 0, c: 2, lines: ['结果纠正'] },
    ];
    const row = (r: number, label: string[], a: string, b: string) => [
      { r, c: 0, lines: label },
      { r, c: 1, lines: [a], right: true },
      { r, c: 2, lines: [b], right: true },
    ];
    const bytes = await makePdf([
      (d) => {
        for (let k = 0; k < 12; k++) text(d, 60, 80 + k * 24, `第${k + 1}行正文，用于把表格推到页面底部。`, 12);
        grid(d, 60, 600, [240, 100, 100], [24, 24, 36, 24, 24, 24], [
          ...header,
          ...row(1, ['行政复议'], '10', '1'),
          ...row(2, ['行政诉讼（未经复议', '直接起诉）'], '2', '0'),
          ...row(3, ['第三项'], '3', '0'),
          ...row(4, ['第四项'], '4', '0'),
          ...row(5, ['第五项'], '5', '1'),
        ]);
        pageNumber(d, '-1-');
      },
      (d) => {
        grid(d, 60, 50, [240, 100, 100], [24, 24, 24], [...header, ...row(1, ['第六项'], '6', '0'), ...row(2, ['总计'], '30', '2')]);
        text(d, 60, 150, '五、存在的主要问题及改进情况', 12);
        pageNumber(d, '-2-');
      },
    ]);
    const doc = await read(bytes);
    expect(texts(doc)).not.toContain('-1-');
    expect(texts(doc)).not.toContain('-2-');
    expect(texts(doc)[texts(doc).length - 1]).toBe('五、存在的主要问题及改进情况');
    const [t] = tables(doc);
    expect(tables(doc)).toHaveLength(1);
    expect(shape(t)).toEqual([
      ['项目', '结果维持', '结果纠正'],
      ['行政复议', '10', '1'],
      ['行政诉讼（未经复议直接起诉）', '2', '0'],
      ['第三项', '3', '0'],
      ['第四项', '4', '0'],
      ['第五项', '5', '1'],
      ['第六项', '6', '0'],
      ['总计', '30', '2'],
    ]);
    expect(t.rows[6][1].pos).toMatchObject({ kind: 'page', page: 2, y: 74 });
  });
});

describe('readPdf on unreadable PDFs', () => {
  it('drops a running header repeated on both pages of a two-page report', async () => {
    const header = (d: Parameters<Parameters<typeof makePdf>[0][number]>[0], n: number) => {
      text(d, 200, 40, '某某县人民政府2023年政府信息公开工作年度报告', 9);
      pageNumber(d, `— ${n} —`);
    };
    const bytes = await makePdf([
      (d) => {
        header(d, 1);
        text(d, 60, 120, '一、总体情况', 12);
      },
      (d) => {
        header(d, 2);
        text(d, 60, 120, '二、主动公开政府信息情况', 12);
      },
    ]);
    expect(texts(await read(bytes))).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
  });

  it('reports a PDF with pages but no text as a scan', async () => {
    const bytes = await makePdf([(d) => void d.rect(50, 50, 400, 600).fill('#888888'), (d) => void d.rect(60, 60, 300, 300).fill('#444444')]);
    const res = (await readPdf(bytes)) as ParseError;
    expect(res.code).toBe('SCANNED_PDF');
    expect(res.message).toContain('扫描件');
  });

  it('reports a truncated PDF, a broken one and an empty file without throwing', async () => {
    const bytes = await makePdf([(d) => void d.fontSize(12).text('Annual report 2023', 60, 60)]);
    expect(((await readPdf(bytes.subarray(0, Math.floor(bytes.length * 0.6)))) as ParseError).code).toBe('CORRUPT');
    const garbage = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF\n');
    expect(((await readPdf(garbage)) as ParseError).code).toBe('CORRUPT');
    expect(((await readPdf(new TextEncoder().encode('<html>not a pdf</html>'))) as ParseError).code).toBe('CORRUPT');
    expect(((await readPdf(new Uint8Array(0))) as ParseError).code).toBe('EMPTY');
  });
});
