import { clean, shingleHash } from './hash';
import { normalizeForSimilarity } from './normalize';

/** A text to index: a report section ("<reportId>#s5") or a whole report. `group` (the agency) lets a search skip the same agency. */
export type IndexedText = { id: string; text: string; group?: string };

export type ShingleIndexOptions = {
  /** Shingle length in compared characters (default 10). */
  k?: number;
  /** Winnowing window (default 11): every passage of ≥ k + window − 1 = 20 shared characters (TEXT_COPIED's shortest passage) shares a fingerprint. */
  window?: number;
};

export type ShingleIndex = {
  k: number;
  window: number;
  docs: { id: string; group?: string; fingerprints: number }[];
  /** fingerprint → the index of the one doc that has it, or of every doc (each once): most fingerprints are in one doc only. */
  postings: Map<number, number | number[]>;
};

export type SimilarText = {
  id: string;
  group?: string;
  /** Fingerprints the query shares with this text. */
  shared: number;
  /** shared / the query's fingerprints: an estimate of the share of the query found in this text. */
  containment: number;
};

export type FindSimilarOptions = {
  /** Leave out texts of the query's own group (the same agency), default false. */
  excludeSameGroup?: boolean;
  /** Smallest containment returned (default 0.05). */
  minContainment?: number;
  /** A fingerprint in more than this share of the texts (and at least 10 of them) is a stock phrase, not evidence (default 0.1). */
  maxDocShare?: number;
};

/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): hash every k-shingle, keep the smallest
 * hash of each window of `window` shingles. Any passage of ≥ k + window − 1 characters two
 * texts share yields a common fingerprint, with about 2/(window + 1) of the hashes kept.
 */
export function fingerprints(text: string, k = 10, window = 11): Set<number> {
  const { codes } = normalizeForSimilarity(text);
  const hashes: number[] = [];
  for (let i = 0; i + k <= codes.length; i++) hashes.push(clean(codes, i, k) ? shingleHash(codes, i, k) : -1);
  const out = new Set<number>();
  if (hashes.length === 0) return out;
  const w = Math.min(window, hashes.length);
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = -1;
    for (let j = i; j < i + w; j++) if (hashes[j] >= 0 && (min < 0 || hashes[j] <= min)) min = hashes[j];
    if (min >= 0) out.add(min);
  }
  return out;
}

/** An inverted index of fingerprints: build once per year (thousands of reports), query per report. */
export function buildShingleIndex(texts: readonly IndexedText[], opts: ShingleIndexOptions = {}): ShingleIndex {
  const k = opts.k ?? 10;
  const window = opts.window ?? 11;
  const postings = new Map<number, number | number[]>();
  const docs: ShingleIndex['docs'] = [];
  const seen = new Set<string>();
  texts.forEach((t, n) => {
    if (seen.has(t.id)) throw new Error(`buildShingleIndex: id ${t.id} appears twice`);
    seen.add(t.id);
    const fps = fingerprints(t.text, k, window);
    docs.push({ id: t.id, group: t.group, fingerprints: fps.size });
    for (const fp of fps) {
      const list = postings.get(fp);
      if (list === undefined) postings.set(fp, n);
      else if (typeof list === 'number') postings.set(fp, [list, n]);
      else list.push(n);
    }
  });
  return { k, window, docs, postings };
}

/**
 * The `limit` indexed texts that share the most of `query` (by containment, best first),
 * the query itself (same id) left out. A candidate search: confirm and get the passages with
 * sectionSimilarity on the pair.
 */
export function findSimilar(index: ShingleIndex, query: { id?: string; text: string; group?: string }, limit = 10, opts: FindSimilarOptions = {}): SimilarText[] {
  const minContainment = opts.minContainment ?? 0.05;
  const maxDf = Math.max(10, Math.floor((opts.maxDocShare ?? 0.1) * index.docs.length));
  const fps = fingerprints(query.text, index.k, index.window);
  const counts = new Map<number, number>();
  let total = 0;
  for (const fp of fps) {
    const hit = index.postings.get(fp);
    const list = hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit;
    if (list.length > maxDf) continue;
    total++;
    for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  if (total === 0) return [];
  const out: SimilarText[] = [];
  for (const [n, shared] of counts) {
    const d = index.docs[n];
    if (query.id !== undefined && d.id === query.id) continue;
    if (opts.excludeSameGroup && query.group !== undefined && d.group === query.group) continue;
    const containment = shared / total;
    if (containment >= minContainment) out.push({ id: d.id, group: d.group, shared, containment });
  }
  return out.sort((a, b) => b.containment - a.containment || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
}
