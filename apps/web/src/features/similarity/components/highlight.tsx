import type { ReactNode } from 'react';

export type Range = { start: number; end: number };

/** Text split into plain runs and <mark> runs for the ranges (merged, clipped): React elements, never HTML strings. */
export function highlight(text: string, ranges: readonly Range[]): ReactNode[] {
  const sorted = ranges.map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) })).filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: ReactNode[] = [];
  let at = 0;
  merged.forEach((r, i) => {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(<mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return out;
}
