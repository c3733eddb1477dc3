import { describe, expect, it } from 'vitest';
import { qualifiedAgency, resolveRegion } from '../region/region';

describe('resolveRegion', () => {
  it.each([
    ['淮北市公安局', ['安徽省', '淮北市']],
    ['安徽省淮北市公安局', ['安徽省', '淮北市']],
    ['淮安市洪泽区人民政府', ['江苏省', '淮安市', '洪泽区']],
    ['洪泽区人民政府', ['江苏省', '淮安市', '洪泽区']],
    ['江苏省人民政府办公厅', ['江苏省']],
    ['北京市朝阳区人民政府', ['北京市', '朝阳区']],
    ['义乌市市场监督管理局', ['浙江省', '金华市', '义乌市']],
    ['温州市公安局洞头分局', ['浙江省', '温州市', '洞头区']],
    ['新乡市公安局新乡高新技术产业开发分局', ['河南省', '新乡市', '新乡高新技术产业开发区']],
    ['国家税务总局淮北市税务局', ['安徽省', '淮北市']],
    ['中共淮北市委办公室', ['安徽省', '淮北市']],
  ])('%s → %j', (agency, region) => {
    expect(resolveRegion(agency, [])).toEqual(region);
  });

  it('settles a district name that several cities have from the text', () => {
    // 鼓楼区 is in 南京, 徐州, 福州 and 开封
    expect(resolveRegion('鼓楼区人民政府', ['南京市鼓楼区人民政府2022年政府信息公开工作年度报告'])).toEqual(['江苏省', '南京市', '鼓楼区']);
    expect(resolveRegion('鼓楼区人民政府', ['福州市鼓楼区'])).toEqual(['福建省', '福州市', '鼓楼区']);
  });

  it('falls back to a province named in the text, else nothing', () => {
    expect(resolveRegion('公安部', ['安徽省公安厅转发'])).toEqual(['安徽省']);
    expect(resolveRegion('公安部', [])).toEqual([]);
    expect(resolveRegion(null, [])).toEqual([]);
  });

  it('qualifies an agency name the way its own text does', () => {
    expect(qualifiedAgency('洪泽区人民政府', ['本报告由淮安市洪泽区人民政府办公室编制'])).toBe('淮安市洪泽区人民政府');
    expect(qualifiedAgency('淮北市公安局', ['安徽省淮北市公安局'])).toBe('淮北市公安局');
    expect(qualifiedAgency('洪泽区人民政府', ['洪泽区人民政府门户网站'])).toBe('洪泽区人民政府');
  });
});
