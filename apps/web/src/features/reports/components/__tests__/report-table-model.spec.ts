import { describe, expect, it } from 'vitest';
import { columnKeyOf, layoutBlocks, lineRange, type ApiTable } from '../report-table-model';

const label = (zh: string) => ({ zh, en: zh });
const cell = (key: string) => ({ key, value: 1, raw: '1', previousValue: null, flagged: false, corrected: false, pos: null });
const row = (key: string, cols: string[], group: string | null = null) => ({ key, group, number: null, label: label(key), cells: cols.map((c) => cell(`t.${key}.${c}`)) });

describe('layoutBlocks', () => {
  it('starts a new block whenever the columns change and heads each group once', () => {
    const table: ApiTable = {
      id: 't', label: label('表'), columns: [],
      rows: [
        row('regulations', ['issued', 'repealed', 'inForce'], 'art20.1'),
        row('normativeDocs', ['issued', 'repealed', 'inForce'], 'art20.1'),
        row('licensing', ['decisions'], 'art20.5'),
        row('punishment', ['decisions'], 'art20.6'),
        row('fees', ['amount'], 'art20.8'),
      ],
    };
    const blocks = layoutBlocks(table);
    expect(blocks.map((b) => b.columns)).toEqual([['issued', 'repealed', 'inForce'], ['decisions'], ['amount']]);
    expect(blocks.map((b) => b.items.map((i) => (i.kind === 'group' ? `#${i.group}` : i.row.key)))).toEqual([
      ['#art20.1', 'regulations', 'normativeDocs'],
      ['#art20.5', 'licensing', '#art20.6', 'punishment'],
      ['#art20.8', 'fees'],
    ]);
  });

  it('does not repeat a heading when a group comes back (表三 总计 after the sub-groups)', () => {
    const cols = ['naturalPerson', 'total'];
    const table: ApiTable = {
      id: 't', label: label('表三'), columns: [],
      rows: [row('newRequests', cols), row('granted', cols, 'outcomes'), row('denied.stateSecret', cols, 'denied'), row('total', cols, 'outcomes'), row('carriedForward', cols)],
    };
    const [block] = layoutBlocks(table);
    expect(block.items.map((i) => (i.kind === 'group' ? `#${i.group}` : i.row.key)))
      .toEqual(['newRequests', '#outcomes', 'granted', '#denied', 'denied.stateSecret', 'total', 'carriedForward']);
  });
});

describe('columnKeyOf / lineRange', () => {
  it('takes the column key after the row key, even when the row key has dots', () => {
    expect(columnKeyOf('t3', 'denied.stateSecret', 't3.denied.stateSecret.total')).toBe('total');
  });

  it('gives an inclusive line range, a single line without endLine, null without a line', () => {
    const pos = { kind: 'text', line: 40, endLine: 42, table: null, row: null, col: null, page: null, x: null, y: null, w: null, h: null };
    expect(lineRange(pos)).toEqual({ from: 40, to: 42 });
    expect(lineRange({ ...pos, endLine: null })).toEqual({ from: 40, to: 40 });
    expect(lineRange({ ...pos, line: null, page: 3 })).toBeNull();
    expect(lineRange(null)).toBeNull();
  });
});
