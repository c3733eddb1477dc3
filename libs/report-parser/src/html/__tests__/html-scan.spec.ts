import { describe, expect, it } from 'vitest';
import { readHtml } from '../read-html';
import { attrValue } from '../html-scan';

const texts = (html: string) => readHtml(html).blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
const tables = (html: string) => readHtml(html).blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.map((c) => c.text))] : []));

describe('readHtml', () => {
  it('skips scripts, styles, comments, hidden elements and keeps paragraphs apart', () => {
    const html = '<p>一、总体情况</p><script>var s="<p>no</p>";</script><style>p{}</style><!-- <p>no</p> --><div style="display: none"><div>hidden</div><p>no</div><p>正文&nbsp;第一段<br>第二行</p>';
    expect(texts(html)).toEqual(['一、总体情况', '正文 第一段', '第二行']);
  });

  it('resolves rowspan/colspan into grid columns and keeps origin cells only', () => {
    const doc = readHtml('<table><tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    const t = doc.blocks[0];
    if (t.kind !== 'table') throw new Error('table expected');
    expect(t.rows[1].map((c) => c.pos)).toEqual([{ kind: 'table', table: 0, row: 1, col: 1 }, { kind: 'table', table: 0, row: 1, col: 2 }]);
    expect(t.rows[0][0]).toMatchObject({ text: 'a', rowSpan: 2 });
    expect(t.rows[0][1]).toMatchObject({ text: 'b', colSpan: 2 });
  });

  it('unwraps layout tables and keeps the tables inside them in order', () => {
    const html = '<table><tr><td><p>标题</p><table><tr><td>自然人</td></tr></table><p>后文</p></td></tr></table>';
    const doc = readHtml(html);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : 'TABLE'))).toEqual(['标题', 'TABLE', '后文']);
  });

  it('joins the lines of a cell, decodes entities, tolerates unclosed cells and stray <', () => {
    expect(tables('<table><tr><td>结果<br/>纠正<td>a &lt; b &amp; c<tr><td>x</table>')).toEqual([[['结果纠正', 'a < b & c'], ['x']]]);
    expect(texts('<p>1 < 2 and 3 > 2</p>')).toEqual(['1 < 2 and 3 > 2']);
  });

  it('reads the title and a publication date meta', () => {
    const doc = readHtml('<html><head><title>报告_某市</title><meta name="PubDate" content="2023-01-20 09:30"></head><body></body></html>');
    expect(doc.title).toBe('报告_某市');
    expect(doc.publishedAt).toBe('2023-01-20');
  });

  it('reads attribute values in every quoting style', () => {
    expect(attrValue(' rowspan="2" colspan=3 style=\'a:b\'', 'colspan')).toBe('3');
    expect(attrValue(' rowspan="2" colspan=3 style=\'a:b\'', 'style')).toBe('a:b');
    expect(attrValue(' data-rowspan="9" rowspan = "2"', 'rowspan')).toBe('2');
    expect(attrValue(' class="x"', 'rowspan')).toBeUndefined();
  });
});
