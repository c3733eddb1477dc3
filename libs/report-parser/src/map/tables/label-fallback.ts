import { toHalfWidth } from '@gongkai/report-format';
import { ROW_BY_ID, ROW_FORMS, type RowEntry } from '../catalog-index';
import { memoByText } from '../../util/memo';

// Row labels that match no spelling: text lost or garbled by a PDF or a careless copy
// ("2.其他法律行政止公开"). Two fallbacks, both only inside a known table-3 group or with a
// clear winner: the item number within the group, and character-bigram similarity.

const bigrams = (s: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};
const FORM_GRAMS = ROW_FORMS.filter((f) => f.form.length >= 4).map((f) => ({ ...f, grams: bigrams(f.form) }));

function dice(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}

/** The catalog row most like `n` (Dice ≥ 0.7 and clearly ahead of the next), or null. */
export function similarRow(n: string): RowEntry | null {
  return n.length < 4 || n.length > 60 ? null : mostSimilar(n);
}

const mostSimilar = memoByText(5000, (n: string): RowEntry | null => {
  const g = bigrams(n);
  let best: RowEntry | null = null;
  let bestScore = 0;
  let second = 0;
  for (const f of FORM_GRAMS) {
    const s = dice(g, f.grams);
    if (s > bestScore) {
      if (best !== f.entry) second = bestScore;
      best = f.entry;
      bestScore = s;
    } else if (s > second && f.entry !== best) second = s;
  }
  return bestScore >= 0.7 && bestScore - second >= 0.15 ? best : null;
});

const ITEM = /^\s*(\d{1,2})\s*[.．、]/;

/** "3.……" under （四）无法提供 → the third row of that group. */
export function numberedRow(raw: string, group: string | null): RowEntry | null {
  if (!group) return null;
  const m = ITEM.exec(toHalfWidth(raw));
  if (!m) return null;
  for (const e of ROW_BY_ID.values()) if (e.table === 't3' && e.group === group && e.number === `${Number(m[1])}.`) return e;
  return null;
}
