/**
 * The same report in every encoding a Chinese government site or a Word export uses gives the
 * same cells as its UTF-8 original: UTF-8 with and without BOM, GBK and GB18030 with and
 * without a declaration, UTF-16 LE/BE with and without BOM; Big5 declared by a <meta>.
 */
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText, parseDocument, type ParsedReport } from '../../index';
import { okReport } from '../fixtures/compare';
import { generatedSeeds, realSeeds } from './seeds';

type Variant = [name: string, bytes: Uint8Array, encoding: string];
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

/** The text in `enc`, with or without its byte order mark. */
function encode(text: string, enc: 'utf-8' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16be', bom: boolean): Uint8Array {
  // GBK has no U+00A0 (Word's non-breaking space): an "ANSI" export writes a plain space there.
  const body = enc === 'utf-8' ? Buffer.from(text, 'utf8') : enc === 'utf-16le' ? Buffer.from(text, 'utf16le') : enc === 'utf-16be' ? Buffer.from(text, 'utf16le').swap16() : iconv.encode(enc === 'gbk' ? text.replace(/\u00a0/g, ' ') : text, enc);
  const mark = !bom ? Buffer.alloc(0) : enc === 'utf-8' ? BOM8 : enc === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : enc === 'utf-16be' ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0);
  return new Uint8Array(Buffer.concat([mark, body]));
}

/** Every encoding of one text; `declare` rewrites the page's charset declaration (HTML only). */
function variants(text: string, declare?: (charset: string | null) => string): Variant[] {
  const t = (charset: string | null) => (declare ? declare(charset) : text);
  return [
    ['UTF-8', encode(t('utf-8'), 'utf-8', false), 'utf-8'],
    ['UTF-8 with BOM', encode(t('utf-8'), 'utf-8', true), 'utf-8'],
    ['GBK declared', encode(t('gbk'), 'gbk', false), 'gb18030'],
    ['GBK undeclared', encode(t(null), 'gbk', false), 'gb18030'],
    ['GB18030 declared', encode(t('gb18030'), 'gb18030', false), 'gb18030'],
    ['UTF-16 LE with BOM', encode(t(null), 'utf-16le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', encode(t(null), 'utf-16be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', encode(t(null), 'utf-16le', false), 'utf-16le'],
    ['UTF-16 BE without BOM', encode(t(null), 'utf-16be', false), 'utf-16be'],
  ];
}

async function expectSameReport(variantsOf: Variant[], original: ParsedReport, layout: string): Promise<void> {
  for (const [name, bytes, encoding] of variantsOf) {
    expect(decodeText(bytes), name).toMatchObject({ ok: true, encoding });
    const r = okReport(await parseDocument(bytes, { fileName: `${name}.bin` }));
    expect(r.layout, name).toBe(layout);
    expect(r.cells, name).toEqual(original.cells);
    expect([r.title, r.agency, r.year], name).toEqual([original.title, original.agency, original.year]);
  }
}

describe('encodings are detected, not assumed', () => {
  const { huaibei } = realSeeds();
  const text = Buffer.from(huaibei.bytes).toString('utf8');

  it('the 淮北市公安局 text export in nine encodings reads the same 200 cells', async () => {
    const original = okReport(await parseDocument(huaibei.bytes));
    expect(original.cells).toEqual(huaibei.cells);
    await expectSameReport([...variants(text), ['UTF-8 CRLF', encode(text.replace(/\n/g, '\r\n'), 'utf-8', false), 'utf-8']], original, 'text');
  });

  let page = '';
  beforeAll(async () => {
    const html = (await generatedSeeds(3, 'enc')).filter((s) => s.layout === 'html');
    const bytes = html[0].bytes;
    // the generator writes UTF-8 or GBK; read it back with the encoding it used
    try {
      page = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      page = iconv.decode(Buffer.from(bytes), 'gbk');
    }
  });

  it('a generated web page in nine encodings, its <meta charset> rewritten to match, reads the same cells', async () => {
    const bare = page.replace(/<meta[^>]*charset[^>]*>/gi, '');
    expect(bare).not.toMatch(/charset/i);
    const declare = (charset: string | null) => (charset ? bare.replace(/<head>/i, `<head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">`) : bare);
    const original = okReport(await parseDocument(encode(declare('utf-8'), 'utf-8', false)));
    expect(Object.keys(original.cells).length).toBeGreaterThan(150);
    await expectSameReport(variants(page, declare), original, 'html');
  });

  it('Big5 declared by <meta charset> is decoded as Big5, and parses as its UTF-8 twin does', async () => {
    const trad = '<html><head><meta charset="big5"><title>臺北市政府資訊公開年度報告</title></head><body><p>本機關受理申請案件共計十二件，均已依法處理完畢。</p><table><tr><td>項目</td><td>件數</td></tr><tr><td>受理</td><td>12</td></tr></table></body></html>';
    const big5 = new Uint8Array(iconv.encode(trad, 'big5'));
    expect(Buffer.from(big5).equals(Buffer.from(trad, 'utf8'))).toBe(false);
    expect(decodeText(big5)).toEqual({ ok: true, text: trad, encoding: 'big5', notes: [] });
    const [asBig5, asUtf8] = await Promise.all([parseDocument(big5, { fileName: 'big5.html' }), parseDocument(new TextEncoder().encode(trad), { fileName: 'big5.html' })]);
    expect(asBig5).toEqual(asUtf8);
    // the simplified report declared as Big5 but sent as UTF-8 is read by its bytes
    const lying = encode(page.replace(/<meta[^>]*charset[^>]*>/gi, '').replace(/<head>/i, '<head><meta charset="big5">'), 'utf-8', false);
    const r = okReport(await parseDocument(lying, { fileName: 'lying.html' }));
    expect(Object.keys(r.cells).length).toBeGreaterThan(150);
    expect(r.notes.join(' ')).toContain('big5');
  });
});
