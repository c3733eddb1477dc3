import type { AgencyLevel, CellValues, SectionId, TableId, TemplateId } from '@gongkai/report-format';

/** Layouts the generator writes. */
export type Layout = 'text' | 'html' | 'docx' | 'pdf';
/** The default mix. PDF is opt-in (`layouts: ['pdf']`): it is slower to draw and to read. */
export const LAYOUTS: readonly Layout[] = ['text', 'html', 'docx'];
/** Every layout `generateCorpus` can write. */
export const ALL_LAYOUTS: readonly Layout[] = ['text', 'html', 'docx', 'pdf'];

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
  /** pdf: how the report was printed (drawn from the document's stream only for PDFs). */
  pdf?: PdfStyle;
};

/** A report printed to PDF from WPS or Word: page set-up, sizes, furniture, table drawing. */
export type PdfStyle = {
  /** Word's default margins or the 公文 page (GB/T 9704). */
  page: 'word' | 'gongwen';
  bodySize: number;
  titleSize: number;
  tableSize: number;
  /** Line height as a multiple of the body size. */
  lineSpacing: number;
  /** Section headings indented by two characters (as 洪泽区 2023) or flush left. */
  headingIndent: boolean;
  /** "-3-", "- 3 -", "— 3 —", "3", "第3页", "第3页 共5页". */
  pageNumber: 'dash' | 'spaced-dash' | 'em-dash' | 'plain' | 'di-ye' | 'di-gong';
  /** Centred, or on the outer side (odd pages right, even pages left) as 公文 prints them. */
  pageNumberAlign: 'centre' | 'outside';
  /** Distance of the page number's top from the bottom edge, in points. */
  pageNumberFromBottom: number;
  /** The report title repeated at the top of every page over a rule. */
  runningHeader: boolean;
  /** A table broken over pages repeats its header rows on the next page. */
  repeatHeader: boolean;
  /** Tables drawn without any ruling lines. */
  borderless: TableId[];
  /** Width of table 3's first label column in characters: 1 stacks "三、本年度办理结果" vertically. */
  labelColumn: number;
  valueAlign: 'centre' | 'right';
  /** The document info Title: the report title, a file name (as WPS leaves it) or none. */
  infoTitle: 'title' | 'file' | 'none';
  producer: 'wps' | 'word';
};
