/** Small string helpers shared by the readers. */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Join two pieces of a wrapped line: no space between Chinese characters, one between words. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return CJK.test(a[a.length - 1]) || CJK.test(b[0]) ? a + b : `${a} ${b}`;
}

// Word's "[bookmark: _GoBack]" markers in plain-text exports (bounded: no runaway scan).
const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/g;

export function stripBookmarks(s: string): string {
  return s.includes('[bookmark') ? s.replace(BOOKMARK, '') : s;
}

/** White space as JavaScript's `\s` has it, plus the zero-width space. */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Trim, including the ideographic space, no-break space, zero-width space and BOM. */
export function trimAll(s: string): string {
  return trimFrom(s, 0);
}

/** trimAll(s.slice(from)) without the intermediate string. */
export function trimFrom(s: string, from: number): string {
  // A character loop, not a regex: this runs for every cell and line of every report.
  let a = from;
  let b = s.length;
  while (a < b && isTrimmed(s.charCodeAt(a))) a++;
  while (b > a && isTrimmed(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Collapse runs of white space to one space (HTML text). */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ');
}

/**
 * `s.slice(from).split('\t', limit)` without the engine's generic split (several times slower
 * on the short sliced lines of a text export).
 */
export function splitTabs(s: string, from: number, limit: number): string[] {
  const parts: string[] = [];
  let a = from;
  while (parts.length < limit) {
    const b = s.indexOf('\t', a);
    if (b < 0) {
      parts.push(s.slice(a));
      break;
    }
    parts.push(s.slice(a, b));
    a = b + 1;
  }
  return parts;
}
