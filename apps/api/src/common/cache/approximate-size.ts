/**
 * Roughly the bytes an answer holds (strings by length, 8 per other value and per key): what
 * bounds the caches' memory, for a fraction of the cost of serialising the answer to measure it.
 */
export function approximateSize(value: unknown): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 8;
    else if (Array.isArray(v)) {
      size += 8;
      for (const x of v) stack.push(x);
    } else if (v && typeof v === 'object' && !(v instanceof Date)) {
      for (const k of Object.keys(v)) {
        size += k.length + 8;
        stack.push((v as Record<string, unknown>)[k]);
      }
    } else size += 8;
  }
  return size;
}
