import type { CellValues, SectionId, TableId, TemplateId } from '@gongkai/report-format';

/** The document layouts the parser reads. */
export type Layout = 'text' | 'html' | 'docx' | 'pdf';

/**
 * Where a cell or a passage came from, so a supervisor can be pointed at it:
 * a line of a text export (1-based), a cell of the n-th table of an HTML/DOCX document
 * (0-based table, row and grid column after rowspan/colspan), or a box on a PDF page
 * (1-based page, PDF points from the top-left corner).
 */
export type SourcePos =
  | { kind: 'line'; line: number; endLine?: number }
  | { kind: 'table'; table: number; row: number; col: number }
  | { kind: 'page'; page: number; x: number; y: number; w: number; h: number };

// ------------------------------------------------------------------------------------------
// The neutral document every layout reader produces; one mapper turns it into a report.
// ------------------------------------------------------------------------------------------

/** One cell of a table as laid out: text as printed (wrapped lines joined), spans resolved. */
export type RawCell = { text: string; pos: SourcePos; rowSpan?: number; colSpan?: number };
/** A table as rows of cells. Rows may have different lengths where the source merged cells. */
export type RawTable = {
  rows: RawCell[][];
  pos: SourcePos;
  /** The file ends inside this table (cut short): its last row may be incomplete and is not read. */
  cut?: boolean;
};
/** A paragraph or line of running text. */
export type RawText = { text: string; pos: SourcePos };
export type RawBlock = ({ kind: 'text' } & RawText) | ({ kind: 'table' } & RawTable);
export type RawDocument = {
  layout: Layout;
  blocks: RawBlock[];
  /** Page <title>, PDF title, DOCX core title, when the source has one. */
  title?: string;
  /** Publication date the source declares (HTML meta such as PubDate), ISO yyyy-mm-dd. */
  publishedAt?: string;
  /**
   * The file's own creation date (PDF metadata), ISO yyyy-mm-dd: weaker evidence than a printed
   * date, used as the publication date only when the document prints none.
   */
  createdAt?: string;
};

// ------------------------------------------------------------------------------------------
// The parsed report.
// ------------------------------------------------------------------------------------------

export type ParsedCell = {
  key: string;
  /** Normalised value (money in 万元); null for a blank cell or one that is not a number. */
  value: number | null;
  /** The text exactly as printed in the cell, trimmed. */
  raw: string;
  pos: SourcePos;
  /** Set when the cell has text that is not a valid number ("—", "1,2,3", "十"). */
  invalid?: boolean;
};

export type ReportSection = { id: SectionId; heading: string; text: string; pos: SourcePos };

export type ParsedReport = {
  layout: Layout;
  /** Document title as printed ("淮北市公安局2022年政府信息公开工作年度报告"). */
  title: string;
  agency: string | null;
  /** Province, then city, then county where known: ["安徽省", "淮北市"]. */
  region: string[];
  year: number | null;
  /** The template the tables follow (read from the tables, not from the year). */
  template: TemplateId | null;
  /** key → value; blank = null; a key absent = row/column not in this report. */
  cells: CellValues;
  /** key → raw text and position, for every key in `cells`. */
  cellDetails: Record<string, ParsedCell>;
  /** Running text by section (tables excluded), in document order. */
  sections: ReportSection[];
  /** Running text before section 一 (title, legal basis, statistics period, contact), bounded. */
  preamble: string;
  /** Tables of the template that the report does not have at all. */
  missingTables: TableId[];
  /** Rows of present tables that the report omits: `t3.denied.stateSecret`. */
  missingRows: string[];
  /** Money units as written where they differ from 万元, by cell key: { "t2.fees.amount": "元" }. */
  unitsAsWritten: Record<string, string>;
  publishedAt: string | null;
  /** Things the parser noticed but could recover from (reader-level, human readable). */
  notes: string[];
};

export type ParseErrorCode =
  | 'EMPTY' // nothing in the file
  | 'UNSUPPORTED_FORMAT' // not text, HTML, DOCX or PDF
  | 'ENCODING' // bytes that decode to nothing sensible
  | 'CORRUPT' // a broken or truncated DOCX/ZIP/PDF
  | 'TOO_LARGE' // over the size or decompression bound
  | 'NOT_A_REPORT' // readable, but not a 政府信息公开工作年度报告
  | 'NO_TABLES' // a report without any of the template tables
  | 'SCANNED_PDF' // a PDF with pages but no extractable text
  | 'TIMEOUT'; // a document that would take unbounded time

export type ParseError = { code: ParseErrorCode; message: string; /** file, line, table or page */ where?: string };

export type ParseResult = { ok: true; report: ParsedReport } | { ok: false; error: ParseError };

export type ParseOptions = {
  /** Used in error messages and to hint the layout; never trusted over the bytes. */
  fileName?: string;
  /** Force a layout instead of sniffing the bytes. */
  layout?: Layout;
};
