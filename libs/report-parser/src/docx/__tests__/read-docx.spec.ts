import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../read-docx';

const docx = (body: string) =>
  zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>${body}</w:body></w:document>`) });
const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('readDocx', () => {
  it('reads paragraphs, gridSpan, vMerge, legacy hMerge and skips fallbacks, deletions and field codes', () => {
    const body = [
      '<w:p><w:r><w:t>标题</w:t></w:r><w:r><w:delText>删除</w:delText></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>',
      '<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>框内</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>重复</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
      '<w:tbl>',
      `<w:tr>${tc('a', '<w:vMerge w:val="restart"/>')}${tc('b', '<w:gridSpan w:val="2"/>')}${tc('h1', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}</w:tr>`,
      `<w:tr><w:trPr><w:gridBefore w:val="0"/></w:trPr>${tc('', '<w:vMerge/>')}${tc('c')}${tc('d &amp; e')}${tc('f')}${tc('g')}</w:tr>`,
      '</w:tbl>',
    ].join('');
    const doc = readDocx(docx(body));
    expect(doc.blocks.filter((b) => b.kind === 'text').map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['标题', '框内']);
    const t = doc.blocks.find((b) => b.kind === 'table');
    if (!t || t.kind !== 'table') throw new Error('table expected');
    expect(t.rows[0].map((c) => [c.text, c.pos.kind === 'table' ? c.pos.col : -1, c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      ['a', 0, 2, 1], ['b', 1, 1, 2], ['h1', 3, 1, 2],
    ]);
    expect(t.rows[1].map((c) => [c.text, c.pos.kind === 'table' ? c.pos.col : -1])).toEqual([['c', 1], ['d & e', 2], ['f', 3], ['g', 4]]);
  });

  it('refuses a document.xml cut short', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>半') });
    expect(() => readDocx(zip)).toThrow(/不完整/);
  });
});
