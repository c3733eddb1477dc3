import { memoByText } from '../util/memo';

/**
 * Normalised label spelling → catalog entries, with a fuzzy fallback for labels that carry a
 * suffix ("结果维持（件）"), lost their tail to wrapping, or embed the label in a longer text.
 * Lookups are cached: the same few hundred labels repeat across every report.
 */
export class FormIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly fuzzy: { form: string; value: T }[] = [];
  private readonly fuzzyOf = memoByText(5000, (n: string) => this.fuzzyFind(n));

  constructor(private readonly minFuzzy = 4) {}

  add(forms: readonly string[], value: T): this {
    for (const f of forms) {
      if (f === '') continue;
      const list = this.exact.get(f);
      if (list) {
        if (!list.includes(value)) list.push(value);
      } else this.exact.set(f, [value]);
      if (f.length >= this.minFuzzy) this.fuzzy.push({ form: f, value });
    }
    // longest first, so the most specific label wins a fuzzy match
    this.fuzzy.sort((a, b) => b.form.length - a.form.length);
    return this;
  }

  /** Entries whose spelling equals `n`, else the best fuzzy match; empty when none. */
  find(n: string): readonly T[] {
    if (n === '') return [];
    const hit = this.exact.get(n);
    if (hit) return hit;
    return this.fuzzyOf(n);
  }

  private fuzzyFind(n: string): readonly T[] {
    if (n.length > 120) return [];
    for (const { form, value } of this.fuzzy) {
      if (n.startsWith(form) || (n.length >= this.minFuzzy && form.startsWith(n)) || (form.length >= 6 && n.includes(form))) return [value];
    }
    return [];
  }

  /** Exact spellings only. */
  findExact(n: string): readonly T[] {
    return this.exact.get(n) ?? [];
  }
}
