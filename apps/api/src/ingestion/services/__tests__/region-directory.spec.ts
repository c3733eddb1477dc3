import { describe, expect, it } from 'vitest';
import { RegionDirectory, UNKNOWN_REGION } from '../region-directory.service';

const dir = new RegionDirectory();

describe('RegionDirectory', () => {
  it('maps region names to division codes, province first', () => {
    expect(dir.resolve(['安徽省', '淮北市'], '淮北市公安局').map((r) => [r.code, r.level, r.parentCode, r.fullName])).toEqual([
      ['340000', 1, null, '安徽省'],
      ['340600', 2, '340000', '安徽省淮北市'],
    ]);
    expect(dir.resolve(['江苏', '淮安市', '洪泽区'], 'x').map((r) => r.code)).toEqual(['320000', '320800', '320813']);
  });

  it('reads the region off the agency name when the report gives none', () => {
    expect(dir.resolve([], '淮安市洪泽区人民政府').map((r) => r.name)).toEqual(['江苏省', '淮安市', '洪泽区']);
    expect(dir.resolve([], '安徽省教育厅').map((r) => r.code)).toEqual(['340000']);
    expect(dir.resolve([], '某某机关')).toEqual([UNKNOWN_REGION]);
  });

  it('gives names the gazetteer lacks a stable code under their parent', () => {
    const a = dir.resolve(['安徽省', '淮北市', '新开发区'], 'x');
    expect(a[2]).toMatchObject({ level: 3, parentCode: '340600', name: '新开发区', fullName: '安徽省淮北市新开发区' });
    expect(dir.resolve(['安徽省', '淮北市', '新开发区'], 'y')[2].code).toBe(a[2].code);
  });
});
