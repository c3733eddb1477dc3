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

/** Trim, including the ideographic space and no-break space. */
export function trimAll(s: string): string {
  return s.replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');
}

/** Collapse runs of white space to one space (HTML text). */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ');
}
