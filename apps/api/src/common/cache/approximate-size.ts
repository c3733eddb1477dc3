/** Arrays longer than this are measured on a sample of their items and extrapolated. */
const SAMPLE = 16;

/**
 * Roughly the bytes an answer holds (strings by length, 8 per other value and per key): what
 * bounds the caches' memory, for a fraction of the cost of serialising the answer to measure
 * it. Long lists (a report's rows and cells) are estimated from evenly spread samples.
 */
export function approximateSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 8;
  if (Array.isArray(value)) {
    if (value.length <= SAMPLE) return value.reduce((n: number, x) => n + approximateSize(x), 8);
    const step = value.length / SAMPLE;
    let sampled = 0;
    for (let i = 0; i < SAMPLE; i++) sampled += approximateSize(value[Math.floor(i * step)]);
    return 8 + Math.round((sampled / SAMPLE) * value.length);
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    let size = 0;
    for (const k of Object.keys(value)) size += k.length + 8 + approximateSize((value as Record<string, unknown>)[k]);
    return size;
  }
  return 8;
}
