import type { AgencyLevel, CellValues, SectionId, TableId, TemplateId } from '@gongkai/report-format';

/** Layouts the generator writes (the parser also reads PDF; the corpus does not make PDFs). */
export type Layout = 'text' | 'html' | 'docx';
export const LAYOUTS: readonly Layout[] = ['text', 'html', 'docx'];

export type Agency = {
  /** Stable id inside one directory: `a0001`. */
  id: string;
  name: string;
  /** Key of `AGENCY_TYPES` in the catalog. */
  type: string;
  level: AgencyLevel;
  /** Province, city, county names as the gazetteer spells them. */
  region: string[];
  /** 6-digit code of the agency's region. */
  regionCode: string;
  /** Relative size: scales request volumes and table 2 items (a provincial 公安厅 ≫ a county 档案馆). */
  size: number;
};

/** A flag the checks must raise for a generated document: code and cells, as in the contract. */
export type TruthFlag = {
  code: string;
  severity: 'error' | 'warning' | 'info';
  cells: string[];
  expected?: number | string | null;
  actual?: number | string | null;
};

export type TruthRecord = {
  file: string;
  agency: string;
  agencyId: string;
  region: string[];
  regionCode: string;
  agencyType: string;
  year: number;
  template: TemplateId;
  layout: Layout;
  publishedAt: string;
  cells: CellValues;
  flags: TruthFlag[];
  /** Ids of the mistakes injected (empty for a clean report). */
  mistakes: string[];
  /** Rendering choices, for debugging a document that does not round-trip. */
  style: string;
  /** For a second document of the same agency and year: the first document's file. */
  duplicateOf?: string;
};

export type GeneratedDocument = { file: string; bytes: Uint8Array; truth: TruthRecord };

/** Statements of the narrative that carry numbers the checks compare with the tables. */
export type NarrativeFacts = {
  newRequests: number;
  carriedOver: number;
  processed: number;
  carriedForward: number;
  granted: number;
  /** Table 4: null = say nothing about review/litigation (table 4 not in the report). */
  review: { claimNone: boolean; reviewCount: number; litigationCount: number } | null;
  itemization: { total: number; items: [string, number][] };
};

/** A fully decided report, ready to be rendered in any layout. */
export type ReportModel = {
  agency: Agency;
  year: number;
  template: TemplateId;
  title: string;
  /** Published values: number, or null for a blank cell; a key absent = row not printed. */
  cells: CellValues;
  /** Printed text that is not the number itself (an invalid value such as "—"). */
  cellText: Record<string, string>;
  /** 2021 report that keeps the single （六）其他处理 row. */
  singleOtherRow: boolean;
  missingTables: TableId[];
  missingRows: string[];
  missingSections: SectionId[];
  /** Unit the fee column header is printed in; values are printed in this unit. */
  feeUnit: '万元' | '元';
  facts: NarrativeFacts;
  publishedAt: string;
  /** Seed of everything cosmetic (wording, numbering, noise). */
  textSeed: string;
};

/** Cosmetic choices of one rendering. */
export type RenderStyle = {
  /**
   * html: encoding and whether a charset meta is present; text: UTF-8, UTF-8 with a BOM, or
   * GBK ("ANSI" of a Chinese Windows).
   */
  encoding: 'utf-8' | 'utf-8-bom' | 'gbk' | 'gbk-nometa';
  /** text: Windows line ends. */
  crlf: boolean;
  /** html: thousands separators in large numbers ("3,227.23"). */
  thousands: boolean;
  /** html: `<td><p><span>` nesting and inline styles. */
  nesting: 'plain' | 'p-span' | 'styled';
  /** html: value cells sometimes in full-width digits. */
  fullWidth: boolean;
  /** html: each 第二十条 block of table 2 as its own <table>. */
  splitT2: boolean;
  /** text: stray spaces around numbers, [bookmark] noise, wrapped header cells. */
  noise: boolean;
  /** Use catalog label variants instead of the official labels. */
  labelVariants: boolean;
  /** Top-left note cell of table 3 printed (勾稽关系) or left empty. */
  t3Note: boolean;
};
