import { describe, expect, it } from 'vitest';
import { CheckInputError, checkDuplicates, checkPeers, type PeerReport } from '../../index';

const peer = (id: string, punishment: number, group = '安徽省淮北市·公安'): PeerReport => ({
  id, group, template: '2021', cells: { 't2.punishment.decisions': punishment, 't2.licensing.decisions': 50 + Number(id.slice(1)) },
});

describe('checkPeers (PEER_OUTLIER)', () => {
  // Agencies of one kind differ in size: about 1.5 orders of magnitude between the smallest and the largest.
  const values = [120, 450, 800, 1500, 300, 2600, 900, 60];

  it('flags a value far outside its group on the log scale, with the peer median (info)', () => {
    const reports = [...values.map((v, i) => peer(`r${i}`, v)), peer('r8', 8_610_000)];
    const flags = checkPeers(reports);
    expect([...flags.keys()]).toEqual(reports.map((r) => r.id));
    expect(flags.get('r8')).toMatchObject([{ code: 'PEER_OUTLIER', severity: 'info', cells: ['t2.punishment.decisions'], expected: 800, actual: 8_610_000 }]);
    expect(flags.get('r8')![0].message.zh).toContain('中位数为 800');
    for (const r of reports.slice(0, 8)) expect(flags.get(r.id)).toEqual([]);
  });

  it('leaves ordinary spread alone, and groups of fewer than 8 reports', () => {
    const reports = [...values.map((v, i) => peer(`r${i}`, v)), peer('r8', 3000)];
    expect([...checkPeers(reports).values()].flat()).toEqual([]);
    const small = [...values.slice(0, 6).map((v, i) => peer(`r${i}`, v)), peer('r6', 8_610_000)];
    expect([...checkPeers(small).values()].flat()).toEqual([]);
  });

  it('compares within a group only', () => {
    const reports = [...values.map((v, i) => peer(`r${i}`, v)), ...values.map((v, i) => peer(`s${i}`, v * 10000, 'other'))];
    expect([...checkPeers(reports).values()].flat()).toEqual([]);
  });

  it('refuses two reports with the same id', () => {
    expect(() => checkPeers([peer('r1', 1), peer('r1', 2)])).toThrow(CheckInputError);
  });
});

describe('checkDuplicates (DUPLICATE_REPORT)', () => {
  it('flags the later of two different documents for the same agency and year', () => {
    const flags = checkDuplicates([
      { id: 'a', agencyKey: '淮北市公安局', year: 2022, contentHash: 'h1' },
      { id: 'b', agencyKey: '淮北市公安局', year: 2021, contentHash: 'h2' },
      { id: 'c', agencyKey: '淮北市公安局', year: 2022, contentHash: 'h1' },
      { id: 'd', agencyKey: '淮北市公安局', year: 2022, contentHash: 'h3' },
      { id: 'e', agencyKey: '淮北市教育局', year: 2022, contentHash: 'h4' },
    ]);
    expect([...flags].map(([id, f]) => [id, f.map((x) => [x.code, x.severity, x.cells, x.expected, x.actual])])).toEqual([
      ['a', []], ['b', []], ['c', []], ['d', [['DUPLICATE_REPORT', 'warning', [], 'a', 'd']]], ['e', []],
    ]);
    expect(flags.get('d')![0].message.zh).toContain('2022');
  });
});
