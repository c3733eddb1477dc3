import { encode } from 'iconv-lite';
import { Rng } from '../random';
import type { RenderStyle } from '../types';
import type { DocBlock } from './blocks';
import type { GridCell, GridTable } from './table-grid';

const encoder = new TextEncoder();
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const withThousands = (s: string): string => s.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
const fullWidth = (s: string): string => s.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function cellHtml(c: GridCell, style: RenderStyle, rng: Rng): string {
  let text = c.text;
  if (c.role === 'value' && style.thousands && /^\d{4,}(\.\d+)?$/.test(text)) text = withThousands(text);
  if (c.role === 'value' && style.fullWidth && rng.chance(0.4)) text = fullWidth(text);
  const attrs = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  // Sites built from Word keep &nbsp; in empty cells and sometimes mark headers as <th>.
  const body = text === '' && style.nesting !== 'plain' ? '&nbsp;' : esc(text);
  const tag = c.role === 'header' && style.nesting === 'plain' && style.splitT2 ? 'th' : 'td';
  switch (style.nesting) {
    case 'plain': return `<${tag}${attrs}>${body}</${tag}>`;
    case 'p-span': return `<td${attrs}><p><span>${body}</span></p></td>`;
    default:
      return `<td${attrs} style="border:1px solid #000;text-align:center" valign="middle"><p style="margin:0;text-align:center"><span style="font-family:宋体;font-size:14px">${body}</span></p></td>`;
  }
}

function tableHtml(grids: GridTable[], style: RenderStyle, rng: Rng): string {
  const rows = grids.flatMap((g) => g.rows);
  const trs = rows.map((r) => `<tr>${r.filter((c) => !c.merged).map((c) => cellHtml(c, style, rng)).join('')}</tr>`);
  return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse" width="100%"><tbody>\n${trs.join('\n')}\n</tbody></table>`;
}

function siteHeader(agency: string, title: string, publishedAt: string, rng: Rng): string {
  const nav = ['首页', '政务公开', '政务服务', '互动交流', '走进' + agency.slice(0, 3)].map((n, i) => `<li><a href="/col/col${1000 + i}/index.html">${n}</a></li>`).join('');
  return `<div class="header"><div class="logo">${esc(agency)}</div><ul class="nav">${nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<div class="article"><h1 class="title">${esc(title)}</h1>
<div class="info">发布时间：${publishedAt}　来源：${esc(agency)}　浏览次数：${rng.int(30, 5000)}</div>
<div class="content" id="zoom">`;
}

const FOOTER = '</div></div>\n<div class="footer"><p>主办单位：本网站编辑部　联系电话：0551-00000000</p><p>网站标识码：0000000000　ICP备案号：00000000号</p></div>';

/** The report as a government web page: UTF-8 or GBK, site chrome around the report. */
export function renderHtml(blocks: DocBlock[], style: RenderStyle, agency: string, publishedAt: string, seed: string): Uint8Array {
  const rng = new Rng(`${seed}/html`);
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = titleBlock && titleBlock.kind === 'title' ? titleBlock.lines.join('') : '';
  const meta = style.encoding === 'utf-8' ? '<meta charset="utf-8">' : style.encoding === 'gbk' ? (rng.chance(0.5) ? '<meta charset="gbk">' : '<meta http-equiv="Content-Type" content="text/html; charset=gbk">') : '';
  const body: string[] = [];
  const headingTag = rng.chance(0.5);
  for (const b of blocks) {
    switch (b.kind) {
      case 'title': break;
      case 'heading':
        body.push(headingTag && b.section ? `<h3>${esc(b.text)}</h3>` : `<p style="text-indent:2em"><strong>${esc(b.text)}</strong></p>`);
        break;
      case 'para': body.push(`<p style="text-indent:2em">${esc(b.text)}</p>`); break;
      case 'table':
        if (style.splitT2 && b.grids.length > 1) body.push(...b.grids.map((g) => tableHtml([g], style, rng)));
        else body.push(tableHtml(b.grids, style, rng));
        break;
      case 'signature': body.push(`<p style="text-align:right">${esc(b.agency)}</p>`, `<p style="text-align:right">${b.date}</p>`); break;
    }
  }
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${meta}
<title>${esc(title)}</title>
</head>
<body>
${siteHeader(agency, title, publishedAt, rng)}
${body.join('\n')}
${FOOTER}
</body>
</html>
`;
  return style.encoding.startsWith('utf-8') ? encoder.encode(html) : new Uint8Array(encode(html, 'gbk'));
}
