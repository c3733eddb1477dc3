import { AGENCY_TYPES, findAgencyType } from '@gongkai/report-format';
import { type LabelDto } from '../common/graphql/label.dto';

/** Agencies whose name matches no catalog type. */
export const OTHER_TYPE = { key: 'other', zh: '其他', en: 'Other' } as const;

export const agencyTypeLabel = (type: string): LabelDto => {
  const t = findAgencyType(type) ?? OTHER_TYPE;
  return { zh: t.zh, en: t.en };
};

export const allAgencyTypes = () => [...AGENCY_TYPES, OTHER_TYPE];
