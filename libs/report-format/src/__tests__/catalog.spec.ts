import { describe, expect, it } from 'vitest';
import {
  ALL_CELL_KEYS, computeMetrics, findCell, findMetric, METRICS, normalizeLabel, templateCells, templateForYear, TEMPLATES,
} from '../index';

describe('template catalog', () => {
  it('lists the 200 cells of the 2021 template and the 2019 table 2 layout', () => {
    // t2: 3+3+1+1+1+1 = 10; t3: 25 rows × 7 = 175; t4: 15
    expect(templateCells('2021')).toHaveLength(200);
    // t2 2019: 3+3+3+3+3+3+2+2 = 22; t3: 23 rows × 7 = 161; t4: 15
    expect(templateCells('2019')).toHaveLength(198);
    expect(templateCells('2021', true)).toHaveLength(207);
  });

  it('uses the canonical keys of report-formats.md', () => {
    for (const k of ['t3.granted.naturalPerson', 't3.denied.stateSecret.total', 't4.litigationDirect.corrected', 't2.fees.amount', 't2.licensing.change', 't3.otherProcessing.other.total', 't3.otherProcessing.total']) {
      expect(ALL_CELL_KEYS).toContain(k);
    }
    expect(findCell('t2.licensing.change')?.column.mayBeNegative).toBe(true);
    expect(findCell('t2.fees.amount')?.column.unit).toBe('wanYuan');
  });

  it('picks the template by report year', () => {
    expect(templateForYear(2018)).toBeNull();
    expect(templateForYear(2020)).toBe('2019');
    expect(templateForYear(2021)).toBe('2021');
    expect(TEMPLATES['2021'].tables.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
  });

  it('normalises label spellings to one form', () => {
    expect(normalizeLabel('3.危及 “三安全一稳定”')).toBe(normalizeLabel('危及"三安全一稳定"'));
    expect(normalizeLabel('（三）不予公开')).toBe('不予公开');
    expect(normalizeLabel('一、本年新收政府信息公开申请数量')).toBe('本年新收政府信息公开申请数量');
    expect(normalizeLabel('属于三类内部事务信息')).toBe('属于三类内部事务信息');
    expect(normalizeLabel('商业\n企业')).toBe('商业企业');
  });
});

describe('metrics', () => {
  it('computes sums and ratios from cells, blank as 0 and absent as unknown', () => {
    const cells = { 't3.newRequests.total': 10, 't3.total.total': 8, 't3.granted.total': 4, 't3.partiallyGranted.total': null, 't4.review.total': 0, 't4.review.corrected': 0 };
    const m = computeMetrics('2021', cells);
    expect(m['requests.received']).toBe(10);
    expect(m['requests.disclosureRate']).toBe(0.5);
    expect(m['review.correctionRate']).toBeNull();
    expect(m['fees.amount']).toBeNull();
    expect(computeMetrics('2019', { 't2.normativeDocs.totalPublished': 7 })['docs.normativeInForce']).toBe(7);
  });

  it('has the metric ids the API promises', () => {
    for (const id of ['requests.received', 'requests.processed', 'requests.disclosureRate', 'outcomes.granted', 'outcomes.denied', 'items.licensing', 'items.punishment', 'docs.normativeInForce', 'fees.amount', 'review.correctionRate']) {
      expect(findMetric(id), id).toBeDefined();
    }
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
  });
});
