// Seeded prose-like text of distinct common ideographs: two independent texts share no
// 8-character run, so every match the similarity finds is one a test planted.
export function randomText(seed: number, length: number): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += String.fromCharCode(0x4e00 + (x % 3000));
  }
  return out;
}

/** Compared characters counted independently of the implementation: ideographs and letters one each, a number one. */
export const compared = (s: string): number => s.match(/[\u4e00-\u9fa5A-Za-z]|\d+(?:\.\d+)?/g)?.length ?? 0;
