import type { AgencyLevel } from '@gongkai/report-format';
import type { Region } from './gazetteer';

/** How big an agency of each type is, relative to a county government (requests ≈ 40/year). */
export const TYPE_PROFILE: Readonly<Record<string, { weight: number; requests: number; licensing: number; punishment: number; coercion: number; fees: number }>> = {
  government: { weight: 14, requests: 40, licensing: 300, punishment: 20, coercion: 2, fees: 5 },
  publicSecurity: { weight: 10, requests: 15, licensing: 2000, punishment: 3000, coercion: 150, fees: 300 },
  education: { weight: 7, requests: 6, licensing: 30, punishment: 3, coercion: 0, fees: 20 },
  finance: { weight: 5, requests: 4, licensing: 5, punishment: 2, coercion: 0, fees: 0 },
  naturalResources: { weight: 8, requests: 30, licensing: 200, punishment: 40, coercion: 5, fees: 150 },
  ecology: { weight: 6, requests: 6, licensing: 60, punishment: 50, coercion: 8, fees: 2 },
  housing: { weight: 7, requests: 15, licensing: 150, punishment: 30, coercion: 3, fees: 40 },
  transport: { weight: 6, requests: 5, licensing: 400, punishment: 600, coercion: 60, fees: 30 },
  health: { weight: 6, requests: 5, licensing: 300, punishment: 80, coercion: 2, fees: 10 },
  marketRegulation: { weight: 7, requests: 8, licensing: 1500, punishment: 200, coercion: 20, fees: 5 },
  civilAffairs: { weight: 4, requests: 3, licensing: 40, punishment: 2, coercion: 0, fees: 0 },
  humanResources: { weight: 5, requests: 6, licensing: 50, punishment: 15, coercion: 0, fees: 3 },
  agriculture: { weight: 4, requests: 3, licensing: 150, punishment: 40, coercion: 3, fees: 2 },
  waterResources: { weight: 3, requests: 2, licensing: 60, punishment: 10, coercion: 1, fees: 20 },
  emergency: { weight: 3, requests: 2, licensing: 20, punishment: 30, coercion: 2, fees: 0 },
  archives: { weight: 3, requests: 1, licensing: 0, punishment: 0, coercion: 0, fees: 0 },
};

export const LEVEL_SIZE: Readonly<Record<AgencyLevel, number>> = { province: 8, city: 3, county: 1 };

// Department names: [province 厅 form, city/county 局 form].
const DEPARTMENT: Readonly<Record<string, readonly [string, string]>> = {
  publicSecurity: ['公安厅', '公安局'],
  education: ['教育厅', '教育局'],
  finance: ['财政厅', '财政局'],
  naturalResources: ['自然资源厅', '自然资源和规划局'],
  ecology: ['生态环境厅', '生态环境局'],
  housing: ['住房和城乡建设厅', '住房和城乡建设局'],
  transport: ['交通运输厅', '交通运输局'],
  health: ['卫生健康委员会', '卫生健康委员会'],
  marketRegulation: ['市场监督管理局', '市场监督管理局'],
  civilAffairs: ['民政厅', '民政局'],
  humanResources: ['人力资源和社会保障厅', '人力资源和社会保障局'],
  agriculture: ['农业农村厅', '农业农村局'],
  waterResources: ['水利厅', '水利局'],
  emergency: ['应急管理厅', '应急管理局'],
  archives: ['档案馆', '档案馆'],
};

const shortDistrict = (name: string): string => (name.length > 2 ? name.replace(/区$/, '') : name);

/** The official name of an agency of this type in this region ("淮北市公安局相山分局"). */
export function agencyName(type: string, level: AgencyLevel, region: Region): string {
  if (type === 'government') return `${districtPrefix(region)}${region.name}人民政府`;
  const [ting, ju] = DEPARTMENT[type];
  if (level === 'province') return `${region.name}${region.municipality ? ju : ting}`;
  if (level === 'county' && region.name.endsWith('区') && region.parent) {
    // City districts: police and ecology are branches of the city bureau.
    if (type === 'publicSecurity') return `${region.parent.name}公安局${shortDistrict(region.name)}分局`;
    if (type === 'ecology') return `${region.parent.name}生态环境局${shortDistrict(region.name)}分局`;
  }
  return `${districtPrefix(region)}${region.name}${ju}`;
}

// A city district is named with its city ("淮安市洪泽区"): bare district names repeat across
// cities; districts and counties of a 直辖市 carry its name too ("重庆市城口县").
function districtPrefix(region: Region): string {
  if (region.level !== 'county' || !region.parent) return '';
  if (region.parent.municipality) return region.parent.name;
  return region.name.endsWith('区') && region.parent.level === 'city' ? region.parent.name : '';
}
