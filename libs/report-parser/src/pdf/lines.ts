import type { Frag, TextLine } from './pdf-types';
import { joinFrags } from './text-join';

/**
 * Groups fragments into lines by their vertical centre (not by the order pdf.js returned
 * them), each line left to right, lines top to bottom.
 */
export function groupLines(frags: Frag[], page: number): TextLine[] {
  const sorted = [...frags].sort((a, b) => centre(a) - centre(b) || a.x0 - b.x0);
  const groups: Frag[][] = [];
  let cur: Frag[] = [];
  let curCentre = 0;
  let curSize = 0;
  for (const f of sorted) {
    if (cur.length > 0 && Math.abs(centre(f) - curCentre) <= 0.45 * Math.min(curSize, f.size)) {
      cur.push(f);
      curCentre = cur.reduce((s, g) => s + centre(g), 0) / cur.length;
      curSize = Math.max(curSize, f.size);
      continue;
    }
    if (cur.length > 0) groups.push(cur);
    cur = [f];
    curCentre = centre(f);
    curSize = f.size;
  }
  if (cur.length > 0) groups.push(cur);
  return groups.map((g) => makeLine(g, page));
}

export function makeLine(frags: Frag[], page: number): TextLine {
  const sorted = [...frags].sort((a, b) => a.x0 - b.x0);
  return {
    page,
    frags: sorted,
    text: joinFrags(sorted),
    size: Math.max(...sorted.map((f) => f.size)),
    x0: Math.min(...sorted.map((f) => f.x0)),
    x1: Math.max(...sorted.map((f) => f.x1)),
    y0: Math.min(...sorted.map((f) => f.y0)),
    y1: Math.max(...sorted.map((f) => f.y1)),
  };
}

function centre(f: Frag): number {
  return (f.y0 + f.y1) / 2;
}
