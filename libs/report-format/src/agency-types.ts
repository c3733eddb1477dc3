/** Administrative levels an agency can sit at (a 直辖市 counts as a province). */
export type AgencyLevel = 'province' | 'city' | 'county';

export type AgencyTypeDef = {
  /** Stable key used in the database, the API and the truth files. */
  key: string;
  zh: string;
  en: string;
  /**
   * Fragments that identify the type inside an agency name, most specific first
   * ("淮北市公安局相山分局" → 公安). The government type is recognised by its 人民政府 suffix.
   */
  nameMarkers: readonly string[];
};

/** The kinds of agencies that publish annual reports, with zh/en labels shared by API and web. */
export const AGENCY_TYPES: readonly AgencyTypeDef[] = [
  { key: 'government', zh: '人民政府', en: "People's government", nameMarkers: ['人民政府'] },
  { key: 'publicSecurity', zh: '公安', en: 'Public security', nameMarkers: ['公安厅', '公安局', '公安分局'] },
  { key: 'education', zh: '教育', en: 'Education', nameMarkers: ['教育厅', '教育局', '教育委员会', '教体局'] },
  { key: 'finance', zh: '财政', en: 'Finance', nameMarkers: ['财政厅', '财政局'] },
  { key: 'naturalResources', zh: '自然资源', en: 'Natural resources', nameMarkers: ['自然资源和规划局', '自然资源厅', '自然资源局'] },
  { key: 'ecology', zh: '生态环境', en: 'Ecology and environment', nameMarkers: ['生态环境厅', '生态环境局', '生态环境分局'] },
  { key: 'housing', zh: '住房城乡建设', en: 'Housing and urban-rural development', nameMarkers: ['住房和城乡建设厅', '住房和城乡建设局', '住建局'] },
  { key: 'transport', zh: '交通运输', en: 'Transport', nameMarkers: ['交通运输厅', '交通运输局'] },
  { key: 'health', zh: '卫生健康', en: 'Health', nameMarkers: ['卫生健康委员会', '卫生健康局', '卫健委'] },
  { key: 'marketRegulation', zh: '市场监管', en: 'Market regulation', nameMarkers: ['市场监督管理局', '市场监管局'] },
  { key: 'civilAffairs', zh: '民政', en: 'Civil affairs', nameMarkers: ['民政厅', '民政局'] },
  { key: 'humanResources', zh: '人力资源社会保障', en: 'Human resources and social security', nameMarkers: ['人力资源和社会保障厅', '人力资源和社会保障局', '人社局'] },
  { key: 'agriculture', zh: '农业农村', en: 'Agriculture and rural affairs', nameMarkers: ['农业农村厅', '农业农村局'] },
  { key: 'waterResources', zh: '水利', en: 'Water resources', nameMarkers: ['水利厅', '水利局', '水务局'] },
  { key: 'emergency', zh: '应急管理', en: 'Emergency management', nameMarkers: ['应急管理厅', '应急管理局'] },
  { key: 'archives', zh: '档案', en: 'Archives', nameMarkers: ['档案馆', '档案局'] },
];

const byKey = new Map(AGENCY_TYPES.map((t) => [t.key, t]));

export function findAgencyType(key: string): AgencyTypeDef | undefined {
  return byKey.get(key);
}

/** The type of an agency guessed from its name; null when no marker matches. */
export function agencyTypeFromName(name: string): AgencyTypeDef | null {
  for (const t of AGENCY_TYPES) if (t.key !== 'government' && t.nameMarkers.some((m) => name.includes(m))) return t;
  return name.endsWith('人民政府') ? byKey.get('government') ?? null : null;
}
