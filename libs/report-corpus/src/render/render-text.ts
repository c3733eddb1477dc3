import { encode } from 'iconv-lite';
import { Rng } from '../random';
import type { RenderStyle } from '../types';
import type { DocBlock } from './blocks';
import type { GridTable } from './table-grid';

const encoder = new TextEncoder();

// Word's plain-text export: each cell is a line starting with a tab, rows end with a blank
// line, merged cells are empty tab lines, long header text wraps onto untabbed lines.
function tableLines(grids: GridTable[], noise: boolean, nl: string, rng: Rng, out: string[]): void {
  out.push('');
  let first = true;
  for (const grid of grids) {
    for (const row of grid.rows) {
      for (const c of row) {
        let text = c.merged ? '' : c.text;
        if (noise && c.role === 'header' && text.length === 4 && rng.chance(0.5)) text = `${text.slice(0, 2)}${nl}${text.slice(2)}`;
        if (noise && c.role === 'value' && text !== '' && rng.chance(0.15)) text = rng.chance(0.5) ? `${text} ` : ` ${text}`;
        if (first && noise && rng.chance(0.5)) text = `[bookmark: OLE_LINK${rng.int(1, 9)}]${text}`;
        first = false;
        out.push(`\t${text}`);
      }
      out.push('');
    }
  }
  out.push('');
}

/** The report as a Word document exported to plain text (UTF-8, UTF-8 with BOM or GBK). */
export function renderText(blocks: DocBlock[], style: RenderStyle, seed: string): Uint8Array {
  const noise = style.noise;
  const rng = new Rng(`${seed}/text`);
  const out: string[] = [''];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title': out.push(...b.lines); break;
      case 'heading': out.push(b.text); break;
      case 'para': out.push(noise && rng.chance(0.05) ? `[bookmark: _GoBack]  ${b.text}` : b.text); break;
      case 'table': tableLines(b.grids, noise, style.crlf ? '\r\n' : '\n', rng, out); break;
      case 'signature': out.push('', b.agency, b.date); break;
    }
  }
  const text = `${out.join(style.crlf ? '\r\n' : '\n')}${style.crlf ? '\r\n' : '\n'}`;
  if (style.encoding === 'gbk') return new Uint8Array(encode(text, 'gbk'));
  return encoder.encode(style.encoding === 'utf-8-bom' ? `\ufeff${text}` : text);
}
