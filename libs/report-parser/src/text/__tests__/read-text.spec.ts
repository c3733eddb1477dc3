import { describe, expect, it } from 'vitest';
import { readText } from '../read-text';

describe('readText (Word plain-text export)', () => {
  it('tab lines are cells, blank lines end rows, untabbed lines continue a cell', () => {
    const doc = readText('标题\n\n\t[bookmark: OLE_LINK1]信息内容\n\t结果\n维持\n\t\n\n\t规章\n\t0 \n\n后文');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    const t = doc.blocks[1];
    if (t.kind !== 'table') throw new Error('table expected');
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([['信息内容', '结果维持', ''], ['规章', '0']]);
    expect(t.rows[0][1].pos).toEqual({ kind: 'line', line: 4, endLine: 5 });
    expect(doc.blocks[2]).toEqual({ kind: 'text', text: '后文', pos: { kind: 'line', line: 11 } });
  });

  it('a tab-indented prose paragraph stays text', () => {
    const para = `\t${'2022年，我局认真贯彻落实政府信息公开条例，主动公开各类信息。'.repeat(3)}`;
    const doc = readText(`一、总体情况\n${para}\n二、主动公开政府信息情况\n\n\t规章\n\t0\n`);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'text', 'text', 'table']);
  });
});
