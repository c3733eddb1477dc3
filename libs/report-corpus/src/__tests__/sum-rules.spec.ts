import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../index';
import { flagKey, sumRuleFlags } from './support/sum-rules';

const SUM_CODES = new Set(['T3_ROW_TOTAL', 'T3_OUTCOME_SUM', 'T3_BALANCE', 'T4_GROUP_TOTAL']);

describe('sum rules', () => {
  it('hold exactly in every clean report', () => {
    let n = 0;
    for (const d of generateCorpus({ agencies: 150, fromYear: 2019, toYear: 2025, seed: 'sums', mistakeRate: 0 })) {
      expect(sumRuleFlags(d.truth.cells), d.file).toEqual([]);
      n++;
    }
    expect(n).toBe(1050);
  });

  it('break exactly where the truth says in reports with mistakes', () => {
    let broken = 0;
    for (const d of generateCorpus({ agencies: 150, fromYear: 2019, toYear: 2025, seed: 'sums', mistakeRate: 0.6 })) {
      const predicted = d.truth.flags.filter((f) => SUM_CODES.has(f.code)).map(flagKey).sort();
      const evaluated = sumRuleFlags(d.truth.cells).map(flagKey).sort();
      expect(evaluated, `${d.file} ${d.truth.mistakes.join(',')}`).toEqual(predicted);
      broken += predicted.length;
    }
    expect(broken).toBeGreaterThan(100);
  });
});
