/**
 * File types come from the bytes, never the name; and every rejection is a typed error whose
 * `where` names the file (ParseOptions.fileName) and whose message says why.
 */
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, type ParseResult } from '../../index';
import { generatedSeeds, realSeeds, type Seed } from './seeds';
import { docxEntries, writeZip, zipBomb } from './zip-tools';

const enc = (s: string) => new TextEncoder().encode(s);
const { huaibei, hongze } = realSeeds();
let html: Seed;
let docx: Seed;
beforeAll(async () => {
  const gen = await generatedSeeds(1, 'sniff');
  html = gen.find((s) => s.layout === 'html')!;
  docx = gen.find((s) => s.layout === 'docx')!;
});

const cells = (r: ParseResult) => (r.ok ? r.report.cells : `${r.error.code}: ${r.error.message}`);

describe('the layout is sniffed from the bytes, not taken from the name', () => {
  it.each([
    ['HTML bytes named .pdf', () => html, 'report.pdf', 'html'],
    ['DOCX bytes named .txt', () => docx, 'report.txt', 'docx'],
    ['text bytes named .docx', () => huaibei, 'report.docx', 'text'],
    ['text bytes named .html', () => huaibei, 'report.html', 'text'],
    ['DOCX bytes named .doc', () => docx, 'report.doc', 'docx'],
    ['PDF bytes named .html', () => hongze, 'report.html', 'pdf'],
  ] as const)('%s', async (_name, seed, fileName, layout) => {
    const s = seed();
    const [misnamed, named] = await Promise.all([parseDocument(s.bytes, { fileName }), parseDocument(s.bytes, { fileName: s.name })]);
    expect(misnamed.ok && misnamed.report.layout).toBe(layout);
    expect(cells(misnamed)).toEqual(cells(named));
  });
});

async function scannedPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.rect(50, 50, 400, 600).fill('#888888');
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('every rejection names the file and the reason', () => {
  const cases: [string, () => Uint8Array | Promise<Uint8Array>, string, RegExp][] = [
    ['empty.txt', () => new Uint8Array(0), 'EMPTY', /空/],
    ['blank.txt', () => enc(' \r\n\t\u3000\n'), 'EMPTY', /空白/],
    ['junk.bin', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 29), 'ENCODING', /编码|二进制/],
    ['photo.png', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'UNSUPPORTED_FORMAT', /PNG/],
    ['old.doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'UNSUPPORTED_FORMAT', /\.doc/],
    ['sheet.xlsx', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }), 'UNSUPPORTED_FORMAT', /Excel/],
    ['cut.docx', () => docx.bytes.subarray(0, docx.bytes.length - 30), 'CORRUPT', /损坏|截断/],
    ['twice.docx', () => writeZip([...docxEntries(docx.bytes), ...docxEntries(docx.bytes).filter((e) => e.name === 'word/document.xml')]), 'CORRUPT', /重复|两次/],
    ['huge.txt', () => new Uint8Array(21 * 1024 * 1024).fill(0x31), 'TOO_LARGE', /MB/],
    ['bomb.docx', () => zipBomb(101), 'TOO_LARGE', /解压|MB/],
    ['news.html', () => enc('<html><head><title>某市人民政府</title></head><body><p>市政府召开常务会议。</p></body></html>'), 'NOT_A_REPORT', /不是政府信息公开工作年度报告/],
    ['no-tables.txt', () => enc('某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息100条。\n二、主动公开政府信息情况\n详见网站。\n三、收到和处理政府信息公开申请情况\n无。\n'), 'NO_TABLES', /统计表/],
    ['cut.pdf', () => hongze.bytes.subarray(0, 100_000), 'CORRUPT', /截断|%%EOF/],
    ['scan.pdf', scannedPdf, 'SCANNED_PDF', /扫描|OCR/],
  ];
  it.each(cases)('%s', async (fileName, make, code, reason) => {
    const r = await parseDocument(await make(), { fileName });
    if (r.ok) throw new Error(`${fileName} was read as a report`);
    expect(r.error.code).toBe(code);
    expect(r.error.where).toBe(fileName);
    expect(r.error.message).toMatch(reason);
  });

  it('without a file name there is still a code and a reason', async () => {
    const r = await parseDocument(new Uint8Array(0));
    expect(r).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(!r.ok && r.error.message.length).toBeGreaterThan(4);
  });
});
