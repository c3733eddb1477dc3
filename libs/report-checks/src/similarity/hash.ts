/** 32-bit polynomial hash of codes[i, i + k): shingle keys (collisions are verified by the callers). */
export function shingleHash(codes: readonly number[], i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = i; j < i + k; j++) h = Math.imul(h ^ codes[j], 0x01000193);
  return h >>> 0;
}

/** True when codes[i, i + k) holds no BREAK (0): a shingle may not cross cut-out boilerplate. */
export function clean(codes: readonly number[], i: number, k: number): boolean {
  for (let j = i; j < i + k; j++) if (codes[j] === 0) return false;
  return true;
}
