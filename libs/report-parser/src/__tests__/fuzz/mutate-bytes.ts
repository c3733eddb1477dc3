import fc from 'fast-check';

/**
 * Byte-level damage as plain data (so fast-check can print and shrink it). Positions are
 * naturals taken modulo the length of the document at hand.
 */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'shuffleLines'; keys: number[] }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'duplicateLine'; a: number }
  | { kind: 'number'; nth: number; token: string };

/** Values no report prints but a parser must survive. */
export const HOSTILE_NUMBERS = [
  '99999999999999999999', '1e309', '-1e309', '-0', '１２３', '１２，３４５．６７', '１e３０９', 'NaN', 'Infinity', '-Infinity',
  '0x1F', '1,2,3', '1.2.3', '٣٤', '1_000', '9'.repeat(400), '0.'.padEnd(400, '0') + '1', '-', '—', '.5', '5.', '+7', '(3)',
  '3万', '3亿元', '12345678901234567890123456789.5', '1e-400', '⁵', '½', '十', '1 2', '1\t2',
];

/** Markup, control characters and encodings glitches to splice in anywhere. */
const HOSTILE_TEXT = [
  '<table>', '<tr><td>', '<td colspan="99999">', '<td rowspan="1000000" colspan="-3">', '</table>', '</td></tr>', '<div>'.repeat(64),
  '<!--', '<![CDATA[', '<script>', '<style>', '<w:tbl>', '</w:tc>', '<w:gridSpan w:val="99999"/>', '<w:vMerge/>', '&#xFFFFFF;', '&#0;',
  '&amp', '&#55296;', '\u0000', '\u0000\u0000\u0000\u0000', '\uFEFF', '\t', '\t\t\t', '\r', '\n\n', '\u2028', '\u200b', '<meta charset="big5">',
  '<meta charset="utf-16">', '<?xml version="1.0" encoding="gbk"?>', '%PDF-1.7', 'PK\u0003\u0004',
];
const enc = new TextEncoder();

/** Invalid UTF-8: stray continuation, overlong, surrogate, cut 4-byte, 5-byte, bytes never used. */
const INVALID_UTF8: number[][] = [[0xff], [0x80], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe, 0xff], [0xc3], [0xe6, 0xb7]];

const insertBytes: fc.Arbitrary<number[]> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT).map((s) => [...enc.encode(s)]),
  fc.constantFrom(...HOSTILE_NUMBERS).map((s) => [...enc.encode(s)]),
  fc.constantFrom(...INVALID_UTF8),
  fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: insertBytes }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shuffleLines' as const), keys: fc.array(fc.nat(), { minLength: 1, maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), a: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('number' as const), nth: fc.nat(), token: fc.constantFrom(...HOSTILE_NUMBERS) }) },
);

/** One to four mutations applied in turn. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Lines split at LF (safe in UTF-8 and GBK, whose multibyte sequences never contain 0x0A). */
function lines(b: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a) {
      out.push(b.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < b.length) out.push(b.subarray(start));
  return out;
}

/** Byte ranges of ASCII digit runs (the numbers a report prints). */
function digitRuns(b: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < b.length; i++) {
    if (b[i] < 0x30 || b[i] > 0x39) continue;
    const s = i;
    while (i < b.length && b[i] >= 0x30 && b[i] <= 0x39) i++;
    out.push([s, i]);
  }
  return out;
}

export function applyMutation(b: Uint8Array, m: Mutation): Uint8Array {
  const n = b.length;
  switch (m.kind) {
    case 'truncate':
      return b.subarray(0, n === 0 ? 0 : m.at % n);
    case 'flip': {
      if (n === 0) return b;
      const out = b.slice();
      out[m.at % n] ^= m.mask;
      return out;
    }
    case 'insert': {
      const at = m.at % (n + 1);
      return concat(b.subarray(0, at), Uint8Array.from(m.bytes), b.subarray(at));
    }
    case 'delete': {
      const at = n === 0 ? 0 : m.at % n;
      return concat(b.subarray(0, at), b.subarray(Math.min(n, at + m.len)));
    }
    case 'shuffleLines': {
      const ls = lines(b);
      const order = ls.map((_, i) => i).sort((x, y) => (m.keys[x % m.keys.length] ^ x) - (m.keys[y % m.keys.length] ^ y) || x - y);
      return concat(...order.map((i) => ls[i]));
    }
    case 'swapLines': {
      const ls = lines(b);
      if (ls.length < 2) return b;
      const a = m.a % ls.length;
      const c = m.b % ls.length;
      [ls[a], ls[c]] = [ls[c], ls[a]];
      return concat(...ls);
    }
    case 'duplicateLine': {
      const ls = lines(b);
      if (ls.length === 0) return b;
      const a = m.a % ls.length;
      return concat(...ls.slice(0, a + 1), ls[a], ...ls.slice(a + 1));
    }
    case 'number': {
      const runs = digitRuns(b);
      if (runs.length === 0) return b;
      const [s, e] = runs[m.nth % runs.length];
      return concat(b.subarray(0, s), enc.encode(m.token), b.subarray(e));
    }
  }
}

export const applyMutations = (b: Uint8Array, ms: readonly Mutation[]): Uint8Array => ms.reduce(applyMutation, b);

/** Short description of a mutation list for error messages and labels. */
export const describeMutations = (ms: readonly Mutation[]): string => ms.map((m) => m.kind).join('+');
