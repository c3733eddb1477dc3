/** JSON with object keys sorted (so `{a, b}` and `{b, a}` give one cache key); undefined as null. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === undefined) return null;
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k] ?? null]));
    }
    return v;
  }) ?? 'null';
}
