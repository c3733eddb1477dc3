import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText, parseDocument, parseDocumentSync, sniffLayout, type ParseResult } from '../index';
import { buildCase } from './fixtures/cases';
import { okReport } from './fixtures/compare';
import { renderDocx, renderHtml, renderText } from './fixtures/render';

const enc = (s: string) => new TextEncoder().encode(s);
const errorOf = (r: ParseResult) => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

/** Deterministic pseudo-random bytes (xorshift). */
function junk(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const good = buildCase({ template: '2021' });

describe('unreadable input gives a typed error naming the file', () => {
  it.each([
    ['empty file', new Uint8Array(0), 'EMPTY'],
    ['only white space', enc(' \n\t\n  '), 'EMPTY'],
    ['binary junk', junk(4096), 'ENCODING'],
    ['a legacy .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'UNSUPPORTED_FORMAT'],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'UNSUPPORTED_FORMAT'],
    ['a truncated docx', renderDocx(good.model).subarray(0, 2000), 'CORRUPT'],
    ['a zip that is not a docx', zipSync({ 'readme.txt': strToU8('hello'), 'data/a.csv': strToU8('1,2') }), 'UNSUPPORTED_FORMAT'],
    ['an xlsx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }), 'UNSUPPORTED_FORMAT'],
    ['a report with no tables', enc('某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息100条。\n二、主动公开政府信息情况\n详见网站。\n三、收到和处理政府信息公开申请情况\n无。\n'), 'NO_TABLES'],
    ['a web page that is not a report', enc('<html><head><title>某市人民政府</title></head><body><ul><li>首页</li><li>新闻</li></ul><p>市政府召开常务会议，研究部署近期重点工作。</p><table><tr><td>会议</td><td>时间</td></tr><tr><td>常务会议</td><td>3</td></tr></table></body></html>'), 'NOT_A_REPORT'],
  ])('%s', (_name, bytes, code) => {
    const e = errorOf(parseDocumentSync(bytes, { fileName: 'input.bin' }));
    expect(e.code).toBe(code);
    expect(e.message.length).toBeGreaterThan(4);
    expect(e.where).toBe('input.bin');
  });

  it('a 10 MB single line is refused quickly, without backtracking', () => {
    const line = enc('政府信息公开'.repeat(600_000));
    expect(line.length).toBeGreaterThan(10_000_000);
    const t0 = performance.now();
    const e = errorOf(parseDocumentSync(line));
    expect(['NOT_A_REPORT', 'NO_TABLES']).toContain(e.code);
    expect(performance.now() - t0).toBeLessThan(5000);
    const tabbed = enc(`\t${'1 '.repeat(5_000_000)}`);
    expect(['NOT_A_REPORT', 'NO_TABLES']).toContain(errorOf(parseDocumentSync(tabbed)).code);
  });

  it('files over the size bound are TOO_LARGE', () => {
    expect(errorOf(parseDocumentSync(new Uint8Array(21 * 1024 * 1024))).code).toBe('TOO_LARGE');
  });

  /** A docx whose ZIP directory declares `size` bytes for word/document.xml. */
  const withDeclaredSize = (size: number): Uint8Array => {
    const zip = Buffer.from(renderDocx(good.model));
    const name = Buffer.from('word/document.xml');
    for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (zip.subarray(at + 46, at + 46 + name.length).equals(name)) zip.writeUInt32LE(size, at + 24);
    }
    return new Uint8Array(zip);
  };

  it('a zip bomb is refused before inflating', () => {
    const t0 = performance.now();
    expect(errorOf(parseDocumentSync(withDeclaredSize(300 * 1024 * 1024))).code).toBe('TOO_LARGE');
    expect(performance.now() - t0).toBeLessThan(1000);
    // a real one: 8 MB of zeros in a few KB is inflated within the bound, and is no report
    const zeros = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 });
    expect(['CORRUPT', 'TOO_LARGE']).toContain(errorOf(parseDocumentSync(zeros)).code);
  });

  it('a ZIP that understates a part\'s size yields no half document', () => {
    expect(errorOf(parseDocumentSync(withDeclaredSize(1500))).code).toBe('CORRUPT');
  });

  it('a PDF through the sync entry point points to parseDocument', () => {
    const e = errorOf(parseDocumentSync(enc('%PDF-1.7\n%...')));
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toContain('parseDocument');
  });

  it('a non-byte input is an error, not an exception', async () => {
    expect(errorOf(parseDocumentSync('text' as unknown as Uint8Array)).code).toBe('UNSUPPORTED_FORMAT');
    expect(errorOf(await parseDocument(null as unknown as Uint8Array)).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('a batch with bad files still parses the good ones', async () => {
    const files: [string, Uint8Array][] = [
      ['a.html', renderHtml(good.model)],
      ['empty.txt', new Uint8Array(0)],
      ['b.txt', enc(renderText(good.model))],
      ['junk.bin', junk(2000)],
      ['c.docx', renderDocx(good.model)],
      ['cut.docx', renderDocx(good.model).subarray(0, 500)],
    ];
    const results = await Promise.all(files.map(([name, bytes]) => parseDocument(bytes, { fileName: name })));
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false, true, false]);
    for (const r of results.filter((x) => x.ok)) expect(okReport(r).cells).toEqual(okReport(results[0]).cells);
    expect(results.map((r) => (r.ok ? null : r.error.where))).toEqual([null, 'empty.txt', null, 'junk.bin', null, 'cut.docx']);
  });
});

describe('sniffing and decoding', () => {
  it('sniffs the layout from the bytes, not the name', () => {
    expect(sniffLayout(renderDocx(good.model))).toEqual({ ok: true, layout: 'docx' });
    expect(sniffLayout(renderHtml(good.model, { encoding: 'gbk' }))).toEqual({ ok: true, layout: 'html' });
    expect(sniffLayout(enc(renderText(good.model)))).toEqual({ ok: true, layout: 'text' });
    expect(sniffLayout(enc('%PDF-1.4'))).toEqual({ ok: true, layout: 'pdf' });
    expect(sniffLayout(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    // a .txt name does not make an HTML page text
    expect(okReport(parseDocumentSync(renderHtml(good.model), { fileName: 'report.txt' })).layout).toBe('html');
  });

  it('decodes UTF-8, GBK with and without a declaration, and UTF-16', () => {
    const s = '<p>淮北市公安局２０２２年</p>';
    expect(decodeText(enc(s))).toMatchObject({ ok: true, text: s, encoding: 'utf-8' });
    const gbk = renderHtml({ parts: [{ kind: 'p', text: '淮北市公安局' }] }, { encoding: 'gbk', meta: false });
    const d = decodeText(gbk);
    expect(d.ok && d.encoding).toBe('gb18030');
    expect(d.ok && d.text).toContain('淮北市公安局');
    const le = decodeText(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])));
    expect(le).toMatchObject({ ok: true, text: s, encoding: 'utf-16le' });
    const noBom = decodeText(new Uint8Array(Buffer.from('<html><body>report 2022</body></html>', 'utf16le')));
    expect(noBom).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });
});
