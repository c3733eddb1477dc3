// Layout details of the original tables that the API's flat rows do not carry: the label of each
// row group and table 3's two-level applicant header. Both come from the catalog, never retyped.
import { getTable, TABLE3_ORG_HEADER, type TableId, type TemplateId } from '@gongkai/report-format';

export type GroupHeading = { key: string; number?: string; zh: string; en: string };

export function groupHeading(template: string, table: string, group: string): GroupHeading | null {
  if (template !== '2019' && template !== '2021') return null;
  if (table !== 't2' && table !== 't3' && table !== 't4') return null;
  const def = getTable(template as TemplateId, table as TableId).groups.find((g) => g.key === group);
  return def ? { key: def.key, number: def.number, zh: def.zh, en: def.en } : null;
}

/** Table 3's spanning header over the organisation columns. */
export const ORG_HEADER = { zh: TABLE3_ORG_HEADER.zh, en: TABLE3_ORG_HEADER.en, columns: TABLE3_ORG_HEADER.columns };
