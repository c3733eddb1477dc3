import { templateCells, TABLE3_COLUMNS } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedDocument } from '../index';

const byAgency = (docs: GeneratedDocument[]) => {
  const out = new Map<string, GeneratedDocument[]>();
  for (const d of docs) {
    if (d.truth.duplicateOf) continue;
    const list = out.get(d.truth.agencyId) ?? [];
    list.push(d);
    out.set(d.truth.agencyId, list);
  }
  return out;
};

describe('chains across years (clean corpus)', () => {
  const docs = [...generateCorpus({ agencies: 80, fromYear: 2019, toYear: 2025, seed: 'chains', mistakeRate: 0 })];
  const agencies = byAgency(docs);

  it('has one report per agency and year, on the template of its year', () => {
    expect(agencies.size).toBe(80);
    for (const list of agencies.values()) {
      expect(list.map((d) => d.truth.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
      for (const d of list) expect(d.truth.template).toBe(d.truth.year >= 2021 ? '2021' : '2019');
    }
  });

  it("carries last year's 结转下年度 into this year's 上年结转, per column", () => {
    let nonZero = 0;
    for (const list of agencies.values()) {
      for (let i = 1; i < list.length; i++) {
        for (const c of TABLE3_COLUMNS) {
          const forward = list[i - 1].truth.cells[`t3.carriedForward.${c.key}`];
          expect(list[i].truth.cells[`t3.carriedOver.${c.key}`], `${list[i].file} ${c.key}`).toBe(forward);
          if (forward) nonZero++;
        }
      }
    }
    expect(nonZero).toBeGreaterThan(50);
  });

  it('moves documents in force with issued and repealed (2021 template)', () => {
    let moved = 0;
    for (const list of agencies.values()) {
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1].truth, list[i].truth];
        if (a.template !== '2021' || b.template !== '2021') continue;
        for (const row of ['regulations', 'normativeDocs']) {
          const c = (t: typeof a, col: string) => t.cells[`t2.${row}.${col}`] as number;
          expect(c(b, 'inForce')).toBe(c(a, 'inForce') + c(b, 'issued') - c(b, 'repealed'));
          if (c(b, 'issued') || c(b, 'repealed')) moved++;
        }
      }
    }
    expect(moved).toBeGreaterThan(50);
  });

  it('follows 上一年项目数量 + 本年增/减 on the 2019 template', () => {
    for (const list of agencies.values()) {
      const [a, b] = [list[0].truth, list[1].truth];
      for (const row of ['licensing', 'otherServices', 'punishment', 'coercion', 'fees']) {
        expect(b.cells[`t2.${row}.previousItems`]).toBe((a.cells[`t2.${row}.previousItems`] as number) + (a.cells[`t2.${row}.change`] as number));
      }
    }
  });

  it('lets fees drift and request volumes trend without jumps of 10×', () => {
    let feeYears = 0;
    for (const list of agencies.values()) {
      const fees = list.filter((d) => d.truth.template === '2021').map((d) => d.truth.cells['t2.fees.amount'] as number);
      for (let i = 1; i < fees.length; i++) {
        if (fees[i - 1] > 0) {
          feeYears++;
          expect(fees[i] / fees[i - 1]).toBeGreaterThan(0.3);
          expect(fees[i] / fees[i - 1]).toBeLessThan(3);
        }
      }
    }
    expect(feeYears).toBeGreaterThan(30);
  });

  it('prints every cell of the template in a clean report, blank nowhere', () => {
    for (const d of docs) {
      const required = templateCells(d.truth.template).map((c) => c.key).filter((k) => !k.startsWith('t3.otherProcessing'));
      for (const k of required) expect(typeof d.truth.cells[k], `${d.file} ${k}`).toBe('number');
      expect(Object.values(d.truth.cells).every((v) => v !== null)).toBe(true);
      expect(d.truth.flags).toEqual([]);
      expect(d.truth.publishedAt <= `${d.truth.year + 1}-01-31`).toBe(true);
    }
  });
});
