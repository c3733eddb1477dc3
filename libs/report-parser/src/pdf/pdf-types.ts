/** A box on a page in PDF points, origin at the top-left corner (y grows downwards). */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** A run of text as pdf.js drew it, with its box and font size. */
export type Frag = Box & { text: string; size: number };

/** An axis-aligned ruling line: `at` is y for a horizontal line, x for a vertical one. */
export type Segment = { dir: 'h' | 'v'; at: number; from: number; to: number };

/** A line of text: fragments on one baseline, left to right. */
export type TextLine = Box & { page: number; frags: Frag[]; text: string; size: number };

/** A table cell on one page, in grid units of its table (row/col of the top-left corner). */
export type GridCell = Box & { row: number; col: number; rowSpan: number; colSpan: number; text: string };

/** A table found on one page: its cells and the x of every column boundary. */
export type PageTable = Box & { page: number; cells: GridCell[]; rowCount: number; colXs: number[]; ruled: boolean };

/** Page content in reading order once tables are found. */
export type PageBlock = { kind: 'line'; line: TextLine } | { kind: 'table'; table: PageTable };
