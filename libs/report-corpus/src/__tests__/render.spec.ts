import { decode } from 'iconv-lite';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAgencyDirectory, generateCorpus, type GeneratedDocument } from '../index';

const docs = [...generateCorpus({ agencies: 60, fromYear: 2019, toYear: 2025, seed: 'render', mistakeRate: 0 })];
const of = (layout: string) => docs.filter((d) => d.truth.layout === layout);
const utf8 = (d: GeneratedDocument) => new TextDecoder('utf-8', { fatal: true }).decode(d.bytes);
/** A text export as its reader sees it: GBK or UTF-8 (BOM dropped), Windows line ends folded. */
const plain = (d: GeneratedDocument) =>
  (d.truth.style.includes('gbk') ? decode(Buffer.from(d.bytes), 'gbk') : utf8(d)).replace(/^\ufeff/, '').replace(/\r\n/g, '\n');

describe('text layout (Word export)', () => {
  it('prints table cells as tab lines, rows separated by blank lines, like the 淮北市公安局 export', () => {
    const d = of('text').find((x) => x.truth.template === '2021') as GeneratedDocument;
    const text = plain(d);
    expect(text).toContain(`${d.truth.year}年政府信息公开`);
    expect(text).toMatch(/\n\t一、本年新收政府信息公开申请数量\n(\t ?\d+ ?\n){7}\n/);
    expect(text).toMatch(/\n\t\n\t（二）部分公开/); // merged 三、本年度办理结果 continues as an empty tab line
    expect(text).toMatch(/\n\t[^\t\n]*行政\n?复议\n\t行政\n?诉讼\n/);
    expect(text).toContain(`${d.truth.agency}\n${d.truth.year + 1}年1月`);
  });

  it('adds Word noise in some documents: bookmarks, wrapped headers, stray spaces', () => {
    const all = of('text').map(plain).join('\n');
    expect(all).toContain('[bookmark: ');
    expect(all).toMatch(/\n\t(商业|科研|结果)\n(企业|机构|维持|纠正)\n/);
    expect(all).toMatch(/\n\t(\d+ | \d+)\n/);
  });

  it('is saved as UTF-8, UTF-8 with a BOM or GBK, with Unix or Windows line ends', () => {
    const text = of('text');
    const gbk = text.filter((d) => d.truth.style.includes('gbk'));
    expect(gbk.length).toBeGreaterThan(5);
    for (const d of gbk) {
      expect(() => utf8(d)).toThrow();
      expect(plain(d)).toContain(d.truth.agency);
      expect(plain(d)).not.toContain('?');
    }
    expect(text.some((d) => d.bytes[0] === 0xef && d.bytes[1] === 0xbb && d.bytes[2] === 0xbf)).toBe(true);
    expect(text.some((d) => d.truth.style.includes('crlf') && Buffer.from(d.bytes).includes('\r\n\t'))).toBe(true);
  });
});

describe('html layout', () => {
  it('uses UTF-8 and GBK (with and without a charset meta) and decodes back without loss', () => {
    const html = of('html');
    const gbk = html.filter((d) => d.truth.style.includes('gbk'));
    expect(gbk.length).toBeGreaterThan(10);
    expect(html.some((d) => d.truth.style.includes('utf-8'))).toBe(true);
    for (const d of gbk) {
      const text = decode(Buffer.from(d.bytes), 'gbk');
      expect(text).not.toContain('?');
      expect(text).toContain(d.truth.agency);
      if (d.truth.style.includes('gbk-nometa')) expect(text).not.toMatch(/charset/i);
      else expect(text).toMatch(/charset="?gbk/i);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(d.bytes)).toThrow();
    }
  });

  it('has rowspan/colspan headers, site chrome and sometimes one table per table 2 block', () => {
    const d = of('html').find((x) => x.truth.style.includes('utf-8') && x.truth.style.includes('split-t2')) as GeneratedDocument;
    const text = utf8(d);
    expect(text).toContain('colspan="7"');
    expect(text).toMatch(/rowspan="\d+"/);
    expect(text).toContain('当前位置');
    expect(text).toContain(`发布时间：${d.truth.publishedAt}`);
    expect((text.match(/<table/g) ?? []).length).toBeGreaterThanOrEqual(6);
  });

  it('writes full-width digits in some documents', () => {
    const styled = of('html').filter((d) => d.truth.style.includes('fullwidth') && d.truth.style.includes('utf-8'));
    expect(styled.some((d) => /[０-９]/.test(utf8(d)))).toBe(true);
  });
});

describe('docx layout', () => {
  it('is a real WordprocessingML package with merged cells', () => {
    const d = of('docx')[0];
    const files = unzipSync(d.bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge/>');
    expect(xml.split('<w:tbl>').length - 1).toBeGreaterThanOrEqual(3);
  });
});

describe('agency directory', () => {
  const dir = buildAgencyDirectory(500, 'dir');

  it('has distinct agencies with real region names and codes at every level', () => {
    expect(new Set(dir.map((a) => a.name)).size).toBe(500);
    expect(new Set(dir.map((a) => a.level))).toEqual(new Set(['province', 'city', 'county']));
    for (const a of dir) {
      expect(a.regionCode).toMatch(/^\d{6}$/);
      expect(a.name.startsWith(a.region[0]) || a.name.startsWith(a.region[a.region.length - 1]) || a.name.startsWith(a.region[1] ?? '-')).toBe(true);
    }
    const huaibei = buildAgencyDirectory(3000, 'dir').filter((a) => a.region[1] === '淮北市' && a.level === 'city');
    for (const a of huaibei) expect(a.regionCode).toBe('340600');
  });

  it('sizes agencies so a provincial 公安厅 outranks a county 档案馆', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const big = docs.filter((d) => d.truth.agencyType === 'publicSecurity' || d.truth.agencyType === 'government');
    const small = docs.filter((d) => d.truth.agencyType === 'archives');
    const received = (xs: GeneratedDocument[]) => mean(xs.map((d) => d.truth.cells['t3.newRequests.total'] as number));
    if (small.length) expect(received(big)).toBeGreaterThan(received(small) * 5);
    const levels = buildAgencyDirectory(2000, 'levels');
    const sizeOf = (l: string) => mean(levels.filter((a) => a.level === l).map((a) => a.size));
    expect(sizeOf('province')).toBeGreaterThan(sizeOf('city'));
    expect(sizeOf('city')).toBeGreaterThan(sizeOf('county'));
  });
});
