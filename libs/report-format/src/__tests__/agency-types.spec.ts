import { describe, expect, it } from 'vitest';
import { AGENCY_TYPES, agencyTypeFromName, findAgencyType } from '../index';

describe('agency types', () => {
  it('have unique keys and zh/en labels', () => {
    expect(new Set(AGENCY_TYPES.map((t) => t.key)).size).toBe(AGENCY_TYPES.length);
    for (const t of AGENCY_TYPES) {
      expect(t.zh.length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
    }
    expect(findAgencyType('publicSecurity')?.zh).toBe('公安');
  });

  it('are recognised from agency names', () => {
    expect(agencyTypeFromName('淮北市公安局')?.key).toBe('publicSecurity');
    expect(agencyTypeFromName('淮北市公安局相山分局')?.key).toBe('publicSecurity');
    expect(agencyTypeFromName('淮安市洪泽区人民政府')?.key).toBe('government');
    expect(agencyTypeFromName('安徽省住房和城乡建设厅')?.key).toBe('housing');
    expect(agencyTypeFromName('濉溪县档案馆')?.key).toBe('archives');
    expect(agencyTypeFromName('某某研究会')).toBeNull();
  });
});
