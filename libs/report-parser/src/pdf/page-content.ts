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

/** The text runs of one page with their boxes. */
export async function readFrags(page: PDFPageProxy, toPage: ToPage): Promise<Frag[]> {
  const content = await page.getTextContent();
  const frags: Frag[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    // pdf.js loses characters of vertical (ttb) runs; those are read from the operator list.
    if (item.dir === 'ttb' || content.styles[item.fontName]?.vertical) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const size = Math.hypot(c, d) || item.height || 10;
    // Box corners along the baseline direction and the glyphs' up direction, so text drawn
    // rotated (pages with /Rotate, landscape tables) still gets an upright box on the page.
    const along = Math.hypot(a, b) || 1;
    const [ux, uy] = [a / along, b / along];
    const [vx, vy] = [-uy, ux];
    const corners = [
      [-0.2, 0],
      [-0.2, item.width],
      [0.8, 0],
      [0.8, item.width],
    ].map(([up, run]) => toPage(e + ux * run + vx * up * size, f + uy * run + vy * up * size));
    const xs = corners.map((p) => p[0]);
    const ys = corners.map((p) => p[1]);
    frags.push({ text: item.str, size, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) });
  }
  return frags;
}

type Glyph = { unicode?: string; width?: number; vmetric?: number[] };

/**
 * The ruling lines of one page, from its operator list (strokes and thin filled rectangles),
 * and the characters of vertical-writing text (竖排 labels such as "三、本年度办理结果"),
 * placed by tracking the text matrix.
 */
export async function readGraphics(page: PDFPageProxy, ops: Ops, toPage: ToPage): Promise<{ segments: Segment[]; vertical: Frag[] }> {
  const list = await page.getOperatorList();
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill]);
  const segments: Segment[] = [];
  const vertical: Frag[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let tm: Matrix = IDENTITY;
  let lm: Matrix = IDENTITY;
  let fontSize = 0;
  const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const point = (x: number, y: number) => toPage(...apply(ctm, x, y));

  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = compose(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = compose(ctm, Array.from(args[0] as ArrayLike<number>));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath) {
      const paint = args[0] as number;
      const stroke = strokeOps.has(paint);
      if (!stroke && !fillOps.has(paint)) continue; // clipping paths and invisible ones
      const raw = args[1];
      const data = (Array.isArray(raw) ? raw[0] : raw) as ArrayLike<number> | null;
      if (data) collectPath(data, point, stroke, segments);
    } else if (fn === ops.beginText) tm = lm = IDENTITY;
    else if (fn === ops.setFont) fontSize = Number(args[1]) || 0;
    else if (fn === ops.setTextMatrix) tm = lm = Array.from(args[0] as ArrayLike<number>) as Matrix;
    else if (fn === ops.moveText || fn === ops.setLeadingMoveText) tm = lm = compose(lm, [1, 0, 0, 1, Number(args[0]), Number(args[1])]);
    else if (fn === ops.showText || fn === ops.showSpacedText) {
      const glyphs = (args[0] ?? []) as (Glyph | number | null)[];
      if (!glyphs.some((g) => typeof g === 'object' && g?.vmetric)) continue; // horizontal text: pdf.js text content has it
      const user = compose(ctm, tm);
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
          vertical.push({ text: g.unicode, size, x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) });
        }
        y += advance;
      }
      tm = compose(tm, [1, 0, 0, 1, 0, y]);
    }
  }
  return { segments, vertical };
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
