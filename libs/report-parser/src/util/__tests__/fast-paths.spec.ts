import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCellValue } from '../../map/cell-value';
import { decodeBytes, declaredCharset, junkRatio } from '../../sniff/decode-text';
import { sniffBytes } from '../../sniff/sniff-layout';
import { splitTabs, trimAll, trimFrom } from '../text';

// The hand-written fast paths must answer exactly what the plain definitions they replaced did.

const trimByRegex = (s: string): string => s.replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');

describe('string fast paths', () => {
  it('trimAll trims exactly the characters of the regex definition, for every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}a`, `${ch}${ch}a${ch}b${ch}${ch}`]) {
        if (trimAll(s) !== trimByRegex(s)) expect({ c: c.toString(16), got: trimAll(s) }).toEqual({ c: c.toString(16), got: trimByRegex(s) });
      }
    }
  });

  it('trimFrom is trimAll of the rest of the string', () => {
    for (const s of ['', '\t', '\t a \u3000', '\tab', 'x\u200b y\ufeff', '\t\t']) {
      for (let from = 0; from <= s.length; from++) expect(trimFrom(s, from)).toBe(trimByRegex(s.slice(from)));
    }
  });

  it('splitTabs is String.prototype.split on tabs, limit included', () => {
    for (const s of ['', '\t', 'a', '\ta', 'a\t', '\t\t', 'a\tb\tc', '\ta\t\tb\t', '\t\t\t\t']) {
      for (const from of [0, 1].filter((f) => f <= s.length)) {
        for (const limit of [1, 2, 3, 200_001]) expect(splitTabs(s, from, limit)).toEqual(s.slice(from).split('\t', limit));
      }
    }
  });

  it('small counts come from the shared table, other numbers from the full reading', () => {
    expect(readCellValue('0')).toEqual({ value: 0, invalid: false, blank: false });
    expect(readCellValue('480')).toEqual({ value: 480, invalid: false, blank: false });
    expect(readCellValue('007')).toEqual({ value: 7, invalid: false, blank: false });
    expect(readCellValue('1000')).toEqual({ value: 1000, invalid: false, blank: false });
    expect(readCellValue('1a')).toEqual({ value: null, invalid: true, blank: false });
  });
});

describe('decoding fast paths', () => {
  const report = '一、总体情况\n\t本年新收政府信息公开申请数量\n\t12\n'.repeat(40);

  it('UTF-8 with a stray byte is still read as UTF-8 with a note; GBK of any size as GB18030', () => {
    const broken = Buffer.from(report, 'utf8');
    broken[broken.indexOf(0x09, 300)] = 0xff; // a tab: one byte, one U+FFFD
    const d = decodeBytes(new Uint8Array(broken));
    expect(d.encoding).toBe('utf-8');
    expect(d.notes.join()).toContain('1 处无效字节序列');
    for (const text of [report.slice(0, 30), report, report.repeat(20)]) {
      const g = decodeBytes(new Uint8Array(iconv.encode(text, 'gbk')));
      expect({ encoding: g.encoding, text: g.text }).toEqual({ encoding: 'gb18030', text });
    }
  });

  it('junkRatio counts control characters and U+FFFD, and only in the first 16K characters', () => {
    expect(junkRatio(report)).toBe(0);
    expect(junkRatio('ab\u0001d')).toBe(0.25);
    expect(junkRatio('a\t\n\r\f\v\u00a0')).toBe(0);
    expect(junkRatio('\ufffd\u0085')).toBe(1);
    expect(junkRatio('a'.repeat(16384) + '\u0000')).toBe(0);
  });
});

describe('sniffing fast paths', () => {
  const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

  it('finds %PDF- only within the first 1024 bytes, and markup only where there is a <', () => {
    expect(sniffBytes(bytes(`${' '.repeat(1019)}%PDF-1.7`))).toBe('pdf');
    expect(sniffBytes(bytes(`${' '.repeat(1020)}%PDF-1.7`))).toBe('text');
    expect(sniffBytes(bytes('50% %PDF %PD%PDF-1.4'))).toBe('pdf');
    expect(sniffBytes(bytes('a < b, 2 > 1'))).toBe('text');
    expect(sniffBytes(bytes('report\n<table><tr><td>1</td></tr></table>'))).toBe('html');
  });

  it('reads a declared charset only from markup', () => {
    expect(declaredCharset(bytes('<meta charset="gbk">'))).toBe('gbk');
    expect(declaredCharset(bytes('<?xml version="1.0" encoding="GB2312"?>'))).toBe('gb2312');
    expect(declaredCharset(bytes('charset=gbk'))).toBeNull();
  });
});
