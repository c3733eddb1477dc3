import type { ReportQuery } from '../../../generated/graphql';

type Report = NonNullable<ReportQuery['report']>;
export type ApiTable = Report['tables'][number];
export type ApiRow = ApiTable['rows'][number];
export type ApiCell = ApiRow['cells'][number];

/** Column key of a cell: the last part of `t3.denied.stateSecret.total` after its row key. */
export function columnKeyOf(tableId: string, rowKey: string, cellKey: string): string {
  const prefix = `${tableId}.${rowKey}.`;
  return cellKey.startsWith(prefix) ? cellKey.slice(prefix.length) : cellKey.split('.').pop() ?? cellKey;
}

export type Block = { columns: string[]; items: ({ kind: 'group'; group: string } | { kind: 'row'; row: ApiRow })[] };

/**
 * Split a table into blocks of rows that share their columns (table 2 changes columns between
 * groups; tables 3 and 4 have one block), with a group heading before each new group.
 */
export function layoutBlocks(table: ApiTable): Block[] {
  const blocks: Block[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cols = row.cells.map((c) => columnKeyOf(table.id, row.key, c.key));
    let block = blocks[blocks.length - 1];
    if (!block || block.columns.join('|') !== cols.join('|')) {
      block = { columns: cols, items: [] };
      blocks.push(block);
    }
    const isGroupRow = table.rows.some((r) => r.key === row.group);
    // A group's heading comes once, before its first row (table 3's 总计 belongs to 办理结果 again).
    if (row.group && !seen.has(row.group) && !isGroupRow) block.items.push({ kind: 'group', group: row.group });
    if (row.group) seen.add(row.group);
    block.items.push({ kind: 'row', row });
  }
  return blocks;
}

/** The line range of a cell's source position, 1-based and inclusive; null without a line. */
export function lineRange(pos: ApiCell['pos']): { from: number; to: number } | null {
  if (!pos || pos.line == null) return null;
  return { from: pos.line, to: Math.max(pos.line, pos.endLine ?? pos.line) };
}
