import { describe, expect, it } from 'vitest';
import { coverageTree, type AgencyRef, type RegionRef, type ReportRef } from '../index';

const regions: RegionRef[] = [
  { code: '340600', name: '淮北市', parent: null },
  { code: '340602', name: '杜集区', parent: '340600' },
  { code: '340603', name: '相山区', parent: '340600' },
  { code: '340621', name: '濉溪县', parent: '340600' },
];
const agencies: AgencyRef[] = [
  { id: 'a1', name: '淮北市公安局', region: '340600' },
  { id: 'a2', name: '淮北市教育局', region: '340600' },
  { id: 'a3', name: '杜集区人民政府', region: '340602' },
  { id: 'a4', name: '相山区人民政府', region: '340603' },
  { id: 'a5', name: '相山区财政局', region: '340603' },
  { id: 'a6', name: '濉溪县人民政府', region: '340621' },
];
const reports: ReportRef[] = [
  { agencyId: 'a1', year: 2022, publishedAt: '2023-01-20' },
  { agencyId: 'a2', year: 2022, publishedAt: '2023-02-10' },
  { agencyId: 'a3', year: 2022, publishedAt: '2023-01-31' },
  { agencyId: 'a4', year: 2022, publishedAt: null },
  { agencyId: 'a4', year: 2022, publishedAt: '2023-02-03' }, // a second document: counted once, by its date
  { agencyId: 'a5', year: 2021, publishedAt: '2022-01-10' }, // last year's: a5 is missing for 2022
];

describe('coverageTree', () => {
  const tree = coverageTree(regions, agencies, reports, 2022);

  it('counts on time, late and missing per node, the subtree added up', () => {
    expect(tree.deadline).toBe('2023-01-31');
    const [city] = tree.roots;
    expect(city.counts).toEqual({ agencies: 6, published: 4, onTime: 2, late: 2, undated: 0, missing: 2 });
    expect(tree.totals).toEqual(city.counts);
    expect(city.children.map((n) => [n.name, n.counts.agencies, n.counts.onTime, n.counts.late, n.counts.missing])).toEqual([
      ['杜集区', 1, 1, 0, 0],
      ['相山区', 2, 0, 1, 1],
      ['濉溪县', 1, 0, 0, 1],
    ]);
  });

  it('lists the missing agencies at every node of their subtree', () => {
    const [city] = tree.roots;
    expect(city.missing.map((a) => a.name).sort()).toEqual(['濉溪县人民政府', '相山区财政局'].sort());
    expect(city.children[1].missing.map((a) => a.id)).toEqual(['a5']);
    expect(city.children[0].missing).toEqual([]);
  });

  it('counts a report without a date as published, date unknown', () => {
    const t = coverageTree(regions, agencies, [{ agencyId: 'a6', year: 2022, publishedAt: null }], 2022);
    expect(t.roots[0].children[2].counts).toEqual({ agencies: 1, published: 1, onTime: 0, late: 0, undated: 1, missing: 0 });
  });

  it('rejects an unknown region, a cycle and a malformed date, naming them', () => {
    expect(() => coverageTree(regions, [{ id: 'x', name: '某局', region: '999' }], [], 2022)).toThrow(/region 999 of agency x \(某局\) is not in the list/);
    expect(() => coverageTree([{ code: 'a', name: 'A', parent: 'b' }, { code: 'b', name: 'B', parent: 'a' }], [], [], 2022)).toThrow(/cycle/);
    expect(() => coverageTree(regions, agencies, [{ agencyId: 'a1', year: 2022, publishedAt: '23/1/2023' }], 2022)).toThrow(/reports\[0\]\.publishedAt/);
  });
});
