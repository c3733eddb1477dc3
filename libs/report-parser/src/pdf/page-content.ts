import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };
import type { Frag, Segment } from './pdf-types';

type Matrix = [number, number, number, number, number, number];
type Ops = Record<string, number>;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Path opcodes inside pdf.js 5 `constructPath` data (pdf.js `DrawOPS`, not exported). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;
/** A filled rectangle thinner than this is a ruling line (Word draws borders this way). */
const THIN_FILL = 2.5;
/** Tolerance for "horizontal"/"vertical" in points. */
const AXIS_TOLERANCE = 0.8;

/** m ∘ n: apply n first, then m (the PDF `cm` operator composes CTM ∘ M). */
function compose(m: Matrix, n: number[]): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

type ToPage = (x: number, y: number) => [number, number];

/** Maps PDF user space to top-left page points (handles the crop box offset and /Rotate). */
export function pageMapper(page: PDFPageProxy): { toPage: ToPage; width: number; height: number } {
  const viewport = page.getViewport({ scale: 1 });
  const toPage: ToPage = (x, y) => {
    const [px, py] = viewport.convertToViewportPoint(x, y) as [number, number];
    return [px, py];
  };
  return { toPage, width: viewport.width, height: viewport.height };
}

type Glyph = { unicode?: string; width?: number; vmetric?: number[]; isSpace?: boolean };
type FontInfo = { fontMatrix?: ArrayLike<number> };
type Normalize = (s: string) => string;

/** A gap inside one text-showing operator wider than this (em) starts a new fragment. */
const SPLIT_GAP = 0.1;

/** The text state the PDF graphics state carries (saved and restored by q/Q). */
type TextState = { font: string; fontSize: number; charSpacing: number; wordSpacing: number; hScale: number; leading: number; rise: number };

/**
 * Everything this reader needs from one page in a single pass over its operator list: the
 * ruling lines (strokes and thin filled rectangles), the horizontal text runs with their
 * boxes (glyph advances and the text matrix tracked as a viewer does), and the characters of
 * vertical-writing text (竖排 labels such as "三、本年度办理结果"). Building pdf.js's separate
 * text content would parse every content stream and font a second time.
 */
export async function readPage(page: PDFPageProxy, ops: Ops, toPage: ToPage, normalize: Normalize): Promise<{ segments: Segment[]; frags: Frag[]; vertical: Frag[] }> {
  const list = await page.getOperatorList();
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill]);
  const segments: Segment[] = [];
  const frags: Frag[] = [];
  const vertical: Frag[] = [];
  const stack: { ctm: Matrix; text: TextState }[] = [];
  let ctm: Matrix = IDENTITY;
  let tm: Matrix = IDENTITY;
  let lm: Matrix = IDENTITY;
  let ts: TextState = { font: '', fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  const unitsPerEm = new Map<string, number>();
  const glyphScale = (font: string): number => {
    let s = unitsPerEm.get(font);
    if (s === undefined) {
      const info = (page.commonObjs.has(font) ? page.commonObjs.get(font) : undefined) as FontInfo | undefined;
      s = info?.fontMatrix ? Number(info.fontMatrix[0]) || 0.001 : 0.001;
      unitsPerEm.set(font, s);
    }
    return s;
  };
  const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const point = (x: number, y: number) => toPage(...apply(ctm, x, y));
  const moveLine = (tx: number, ty: number) => {
    tm = lm = compose(lm, [1, 0, 0, 1, tx, ty]);
  };

  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push({ ctm, text: { ...ts } });
    else if (fn === ops.restore) {
      const saved = stack.pop();
      ctm = saved?.ctm ?? IDENTITY;
      if (saved) ts = saved.text;
    } else if (fn === ops.transform) ctm = compose(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, text: { ...ts } });
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = compose(ctm, Array.from(args[0] as ArrayLike<number>));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop()?.ctm ?? IDENTITY;
    else if (fn === ops.constructPath) {
      const paint = args[0] as number;
      const stroke = strokeOps.has(paint);
      if (!stroke && !fillOps.has(paint)) continue; // clipping paths and invisible ones
      const raw = args[1];
      const data = (Array.isArray(raw) ? raw[0] : raw) as ArrayLike<number> | null;
      if (data) collectPath(data, point, stroke, segments);
    } else if (fn === ops.beginText) tm = lm = IDENTITY;
    else if (fn === ops.setFont) {
      ts.font = String(args[0]);
      ts.fontSize = Number(args[1]) || 0;
    } else if (fn === ops.setCharSpacing) ts.charSpacing = Number(args[0]) || 0;
    else if (fn === ops.setWordSpacing) ts.wordSpacing = Number(args[0]) || 0;
    else if (fn === ops.setHScale) ts.hScale = (Number(args[0]) || 100) / 100;
    else if (fn === ops.setLeading) ts.leading = Number(args[0]) || 0;
    else if (fn === ops.setTextRise) ts.rise = Number(args[0]) || 0;
    else if (fn === ops.setTextMatrix) tm = lm = Array.from(args[0] as ArrayLike<number>) as Matrix;
    else if (fn === ops.moveText) moveLine(Number(args[0]), Number(args[1]));
    else if (fn === ops.setLeadingMoveText) {
      ts.leading = -Number(args[1]);
      moveLine(Number(args[0]), Number(args[1]));
    } else if (fn === ops.nextLine) moveLine(0, -ts.leading);
    else if (fn === ops.showText || fn === ops.showSpacedText) {
      const glyphs = (args[0] ?? []) as (Glyph | number | null)[];
      const user = compose(ctm, tm);
      if (glyphs.some((g) => typeof g === 'object' && g?.vmetric)) {
        const dy = showVertical(glyphs, user, ts.fontSize, toPage, apply, vertical);
        tm = compose(tm, [1, 0, 0, 1, 0, dy]);
      } else {
        const dx = showHorizontal(glyphs, user, ts, glyphScale(ts.font), toPage, apply, normalize, frags);
        tm = compose(tm, [1, 0, 0, 1, dx, 0]);
      }
    }
  }
  return { segments, frags, vertical };
}

/**
 * Lays out one horizontal text-showing operator: glyph advances as PDF defines them
 * (width × size + char spacing + word spacing on spaces, × horizontal scale; TJ numbers
 * move back by thousandths of an em). A wide gap starts a new fragment. Returns the advance.
 */
function showHorizontal(
  glyphs: (Glyph | number | null)[], user: Matrix, ts: TextState, scale: number, toPage: ToPage,
  apply: (m: Matrix, x: number, y: number) => [number, number], normalize: Normalize, out: Frag[],
): number {
  const size = ts.fontSize * Math.hypot(user[2], user[3]);
  let x = 0;
  let text = '';
  let start = 0;
  let end = 0;
  const flush = () => {
    if (text.trim() !== '') out.push(box(normalize(text), size, start, end, ts, user, toPage, apply));
    text = '';
  };
  for (const g of glyphs) {
    if (typeof g === 'number') {
      x -= (g / 1000) * ts.fontSize * ts.hScale;
      continue;
    }
    if (!g) continue;
    const advance = ((g.width ?? 0) * scale * ts.fontSize + ts.charSpacing + (g.isSpace ? ts.wordSpacing : 0)) * ts.hScale;
    const gap = x - end;
    if (text !== '' && (gap > SPLIT_GAP * ts.fontSize || gap < -0.5 * ts.fontSize)) flush();
    if (text === '') start = x;
    text += g.unicode ?? '';
    x += advance;
    // Trailing character spacing is not ink: the run ends at the glyph's own width.
    end = x - ts.charSpacing * ts.hScale;
  }
  flush();
  return x;
}

/** The box of a run from text-space x0 to x1 on the baseline, glyphs rising 0.8 em above it. */
function box(
  text: string, size: number, x0: number, x1: number, ts: TextState, user: Matrix, toPage: ToPage,
  apply: (m: Matrix, x: number, y: number) => [number, number],
): Frag {
  const fs = ts.fontSize;
  const corners = [
    [x0, ts.rise - 0.2 * fs],
    [x1, ts.rise - 0.2 * fs],
    [x0, ts.rise + 0.8 * fs],
    [x1, ts.rise + 0.8 * fs],
  ].map(([tx, ty]) => toPage(...apply(user, tx, ty)));
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return { text, size, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/** Characters of vertical-writing text, each placed on its own; returns the advance down. */
function showVertical(
  glyphs: (Glyph | number | null)[], user: Matrix, fontSize: number, toPage: ToPage,
  apply: (m: Matrix, x: number, y: number) => [number, number], out: Frag[],
): number {
  const size = fontSize * Math.hypot(user[2], user[3]);
  let y = 0;
  for (const g of glyphs) {
    if (typeof g === 'number') {
      y -= (g / 1000) * fontSize;
      continue;
    }
    if (!g) continue;
    const advance = ((g.vmetric?.[0] ?? -1000) / 1000) * fontSize;
    const half = ((g.width ?? 1000) / 2000) * fontSize;
    if (g.unicode && g.unicode.trim() !== '') {
      const [ax, ay] = toPage(...apply(user, -half, y));
      const [bx, by] = toPage(...apply(user, half, y + advance));
      out.push({ text: g.unicode, size, x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) });
    }
    y += advance;
  }
  return y;
}

/** Walks pdf.js path data; strokes give their straight edges, thin filled rectangles give a line. */
function collectPath(data: ArrayLike<number>, point: (x: number, y: number) => [number, number], stroke: boolean, out: Segment[]): void {
  let sub: [number, number][] = [];
  let curved = false;
  const flush = (closed: boolean) => {
    if (sub.length > 1) {
      if (stroke) {
        const pts = closed ? [...sub, sub[0]] : sub;
        for (let k = 1; k < pts.length; k++) pushSegment(pts[k - 1], pts[k], out);
      } else if (!curved) pushThinFill(sub, out);
    }
    sub = [];
    curved = false;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === MOVE_TO) {
      flush(false);
      sub.push(point(data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === LINE_TO) {
      sub.push(point(data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === CURVE_TO) {
      curved = true;
      sub.push(point(data[i + 5], data[i + 6]));
      i += 7;
    } else if (op === QUAD_TO) {
      curved = true;
      sub.push(point(data[i + 3], data[i + 4]));
      i += 5;
    } else if (op === CLOSE) {
      flush(true);
      i += 1;
    } else break; // unknown opcode: stop rather than misread coordinates
  }
  flush(false);
}

function pushSegment(a: [number, number], b: [number, number], out: Segment[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= AXIS_TOLERANCE && dx >= 2) out.push({ dir: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (dx <= AXIS_TOLERANCE && dy >= 2) out.push({ dir: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}

function pushThinFill(pts: [number, number][], out: Segment[]): void {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const onBox = pts.every((p) => (Math.abs(p[0] - x0) < 0.5 || Math.abs(p[0] - x1) < 0.5) && (Math.abs(p[1] - y0) < 0.5 || Math.abs(p[1] - y1) < 0.5));
  if (!onBox) return;
  if (y1 - y0 <= THIN_FILL && x1 - x0 > y1 - y0) out.push({ dir: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (x1 - x0 <= THIN_FILL && y1 - y0 > x1 - x0) out.push({ dir: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
}
