import { type RegionRow } from '../agencies/repositories/agencies.repository';
import { type FlagRow } from '../flags/utils/flag-rows';

/** What the `reports` row needs of a parsed report; sections and notes already as JSON. */
export type ReportHeader = { layout: string; title: string; publishedAt: string | null; sectionsJson: string; notesJson: string };

/**
 * The report's cells as the PostgreSQL array literals of its `report_cells` row, in the order
 * of `keys`. Built where the document is parsed (a worker thread in bulk imports), so only a
 * few strings cross to the writing thread instead of hundreds of small objects.
 */
export type CellArrays = { keys: string[]; values: string; raws: string; pos: string; invalid: string };

/** A parsed and checked document, ready for its ingestion transaction. */
export type PreparedReport = {
  fileName: string;
  bytes: Uint8Array;
  hash: string;
  report: ReportHeader;
  cells: CellArrays;
  year: number;
  template: string;
  agency: { name: string; key: string; type: string; level: string };
  /** Province → city → county. */
  regions: RegionRow[];
  flags: FlagRow[];
  metrics: Record<string, number | null>;
  sourceText: string;
};

export type WriteOutcome = { reportId: number; duplicate: boolean; replaced: boolean; agencyId: number; flagCount: number };
