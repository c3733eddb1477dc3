import type { DocumentRef, Flag } from '../types';
import { makeFlag } from '../util/flag';

/**
 * Two different documents (content hashes) for the same agency and year: each later one is
 * flagged against the first. The same document ingested again (same hash) is not a duplicate.
 */
export function duplicateReports(docs: readonly DocumentRef[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>(docs.map((d) => [d.id, []]));
  const first = new Map<string, { doc: DocumentRef; hashes: Set<string> }>();
  for (const doc of docs) {
    const key = `${doc.agencyKey}\u0000${doc.year}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { doc, hashes: new Set([doc.contentHash]) });
      continue;
    }
    if (seen.hashes.has(doc.contentHash)) continue;
    seen.hashes.add(doc.contentHash);
    out.get(doc.id)!.push(makeFlag('DUPLICATE_REPORT', [], seen.doc.id, doc.id, {
      zh: `同一机关 ${doc.year} 年度已有另一份不同的报告（${seen.doc.id}），本文件（${doc.id}）与之内容不同，请确认以哪份为准`,
      en: `The agency already has a different ${doc.year} report (${seen.doc.id}); this document (${doc.id}) differs from it: which one stands?`,
    }));
  }
  return out;
}
