/**
 * `compute` remembered per text: labels, headings and cell texts repeat from report to report.
 * Memory stays bounded: past `limit` entries everything is forgotten at once (cheaper than an
 * LRU, and the working set refills within a report or two). `compute` must not return undefined.
 */
export function memoByText<V>(limit: number, compute: (text: string) => V): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = compute(text);
      if (cache.size > limit) cache.clear();
      cache.set(text, v);
    }
    return v;
  };
}
