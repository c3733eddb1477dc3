import { type ParsedReport } from '@gongkai/report-parser';
import { type RegionRow } from '../agencies/repositories/agencies.repository';
import { type FlagRow } from '../flags/utils/flag-rows';

/** A parsed and checked document, ready for its ingestion transaction. */
export type PreparedReport = {
  fileName: string;
  bytes: Uint8Array;
  hash: string;
  report: ParsedReport;
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
