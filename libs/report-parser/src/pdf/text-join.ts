import type { Frag } from './pdf-types';

/** Han characters, CJK and full-width punctuation, and the quotes/dashes Chinese text uses. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]/;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018\u2019\u201C\u201D]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * Removes the spaces PDF extraction puts inside Chinese text ("2023 年" → "2023年",
 * "政 府 信 息" → "政府信息"): a space touching a CJK character goes; a space between two
 * Latin words or two numbers stays.
 */
export function normalizeSpacing(text: string): string {
  const s = text.replace(/[\s\u00A0\u3000]+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === ' ' && (isCjk(out[out.length - 1]) || isCjk(s[i + 1]))) continue;
    out += ch;
  }
  return out;
}

/** Joins the fragments of one line, left to right, with a space where the gap is wide. */
export function joinFrags(frags: Frag[]): string {
  const sorted = [...frags].sort((a, b) => a.x0 - b.x0);
  let out = '';
  let prev: Frag | undefined;
  for (const f of sorted) {
    if (prev && f.x0 - prev.x1 > 0.25 * Math.min(f.size, prev.size)) out += ' ';
    out += f.text;
    prev = f;
  }
  return normalizeSpacing(out);
}

/** Joins wrapped lines of one cell or paragraph: no space inside Chinese text, one between words. */
export function joinWrapped(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const last = out[out.length - 1];
    const needsSpace = out !== '' && /[A-Za-z]/.test(last) && /[A-Za-z]/.test(line[0]);
    out += (needsSpace ? ' ' : '') + line;
  }
  return normalizeSpacing(out);
}

/** Relative advance of each character (CJK full width = 1, others ≈ 0.5), for splitting runs. */
export function charWeights(text: string): number[] {
  return Array.from(text, (ch) => (WIDE.test(ch) ? 1 : 0.5));
}

/**
 * Cuts a fragment at the given x positions (cell borders), estimating each character's x
 * from its relative width; pieces that hold only spaces are dropped.
 */
export function splitFrag(frag: Frag, cuts: number[]): Frag[] {
  const inside = cuts.filter((x) => x > frag.x0 + 0.5 && x < frag.x1 - 0.5);
  if (inside.length === 0) return [frag];
  const chars = Array.from(frag.text);
  const weights = charWeights(frag.text);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const unit = (frag.x1 - frag.x0) / total;
  const pieces: Frag[] = [];
  let x = frag.x0;
  let cur: Frag | undefined;
  chars.forEach((ch, k) => {
    const w = weights[k] * unit;
    const mid = x + w / 2;
    const band = inside.filter((c) => c <= mid).length;
    if (!cur || (cur as Frag & { band?: number }).band !== band) {
      cur = { ...frag, text: '', x0: x, x1: x + w, band } as Frag & { band: number };
      pieces.push(cur);
    }
    cur.text += ch;
    cur.x1 = x + w;
    x += w;
  });
  return pieces
    .filter((p) => p.text.trim() !== '')
    .map((p) => ({ text: p.text, size: p.size, x0: p.x0, x1: p.x1, y0: p.y0, y1: p.y1 }));
}
