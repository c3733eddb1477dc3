import type { CellValues, SectionId, Severity, TableId, TemplateId } from '@gongkai/report-format';

/** One finding. The exact conventions per code are in ../README.md (the flag contract). */
export type Flag = {
  code: string;
  severity: Severity;
  /** Canonical keys the flag points at, in the order the contract gives. */
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  /** With the numbers in it, pasteable into a rectification notice. */
  message: { zh: string; en: string };
};

/**
 * What the single-report checks read: the structural subset of the parser's `ParsedReport`
 * (declared here so this library does not depend on the parser; a ParsedReport is assignable).
 */
export type CheckInput = {
  year: number | null;
  /** The template the tables follow (read from the tables, not from the year). */
  template: TemplateId | null;
  /** key → value; blank = null; a key absent = row/column not in this report. */
  cells: CellValues;
  cellDetails?: Record<string, { raw: string; invalid?: boolean }>;
  sections: { id: SectionId; heading: string; text: string }[];
  missingTables: TableId[];
  missingRows: string[];
  /** ISO yyyy-mm-dd, when known. */
  publishedAt: string | null;
  unitsAsWritten?: Record<string, string>;
  /**
   * Running text before section 一 (title block, 根据《条例》… preamble, statistics period,
   * contact), when the caller has it. Absent = unknown: STATEMENT_MISSING is then not assessed
   * for the statements that usually sit there.
   */
  preamble?: string | null;
  /** The agency as printed ("淮北市公安局"); a 人民政府 must also report 考核、评议、责任追究. */
  agency?: string | null;
};

export type CheckOptions = {
  /** Publication date (yyyy-mm-dd) from outside the document (the page, the upload); wins over `input.publishedAt`. */
  publishedAt?: string | null;
};

/** One year of one agency, for the cross-year rules. */
export type YearFacts = { year: number; template: TemplateId | null; cells: CellValues };

/** One report among its peers (same kind of agency, same region and year: the caller groups). */
export type PeerReport = { id: string; group: string; template: TemplateId | null; cells: CellValues };

/** One ingested document, for duplicate detection. Input order is ingestion order. */
export type DocumentRef = { id: string; agencyKey: string; year: number; contentHash: string };
