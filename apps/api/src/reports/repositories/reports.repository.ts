import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportSort, SortOrder } from '../../common/graphql/enums';
import { type SourcePosDto } from '../dtos/outputs/report.dto';
import { type ReportSummaryDto } from '../dtos/outputs/report-summary.dto';
import { SUMMARY_COLUMNS } from '../report-summary.sql';

export type ReportQuery = {
  fromYear: number | null; toYear: number | null; regionCodes: string[] | null; agencyTypes: string[] | null;
  agencyIds: number[] | null; template: string | null; flagCodes: string[] | null; severities: string[] | null; search: string | null;
};
export type ReportRow = ReportSummaryDto & {
  contentHash: string; title: string; sections: { id: string; heading: string; text: string }[]; sourceText: string;
  /** The agency's region chain (scope check without another query). */
  regionCodes: string[];
  /** The agency's current report of the year before, if any. */
  previousId: number | null;
};
/** One report's cells as stored: parallel arrays (positions as JSON text; raws and positions only when asked). */
/** A report's cell arrays; positions already parsed (JSON objects or null). */
export type CellArrays = { reportId: number; keyIds: number[]; vals: (number | null)[]; raws: string[] | null; pos: (SourcePosDto | null)[] | null };

const FROM = `FROM reports r JOIN agencies a ON a.id = r.agency_id`;
const WHERE = `WHERE r.status = 'current'
  AND ($1::int IS NULL OR r.year >= $1) AND ($2::int IS NULL OR r.year <= $2)
  AND ($3::text[] IS NULL OR a.region_codes && $3) AND ($4::text[] IS NULL OR a.type = ANY($4))
  AND ($5::int[] IS NULL OR r.agency_id = ANY($5)) AND ($6::text IS NULL OR r.template = $6)
  AND (($7::text[] IS NULL AND $8::text[] IS NULL) OR EXISTS (SELECT 1 FROM flags f WHERE f.report_id = r.id
       AND ($7::text[] IS NULL OR f.code = ANY($7)) AND ($8::text[] IS NULL OR f.severity = ANY($8))))
  AND ($9::text IS NULL OR a.name ILIKE '%' || $9 || '%' OR r.title ILIKE '%' || $9 || '%' OR r.file_name ILIKE '%' || $9 || '%'
       OR EXISTS (SELECT 1 FROM unnest(a.aliases) al WHERE al ILIKE '%' || $9 || '%'))`;
const SORT: Record<ReportSort, string> = {
  YEAR: 'r.year', AGENCY: 'a.name', REGION: 'a.region_code', FLAGS: 'r.error_count * 1000000 + r.warning_count * 1000 + r.info_count', PUBLISHED_AT: 'r.published_at',
};
const params = (q: ReportQuery) => [q.fromYear, q.toYear, q.regionCodes, q.agencyTypes, q.agencyIds, q.template, q.flagCodes, q.severities, q.search];

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(q: ReportQuery, sort: ReportSort, order: SortOrder, limit: number, offset: number): Promise<ReportSummaryDto[]> {
    const dir = order === SortOrder.ASC ? 'ASC' : 'DESC';
    return this.db.query(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} ${WHERE} ORDER BY ${SORT[sort]} ${dir} NULLS LAST, r.id ${dir} LIMIT $10 OFFSET $11`,
      [...params(q), limit, offset],
    );
  }

  async count(q: ReportQuery): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n ${FROM} ${WHERE}`, params(q));
    return rows[0].n;
  }

  /** A report with its agency's regions and last year's current report: one round trip, every lookup by key. */
  async byId(id: number): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS}, r.content_hash AS "contentHash", r.title, r.sections, r.source_text AS "sourceText", a.region_codes AS "regionCodes",
         (SELECT p.id FROM reports p WHERE p.agency_id = r.agency_id AND p.year = r.year - 1 AND p.status = 'current') AS "previousId"
       FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The other documents of the same agency and year, newest first. */
  versions(agencyId: number, year: number, excludeId: number): Promise<ReportSummaryDto[]> {
    return this.db.query(
      `SELECT ${SUMMARY_COLUMNS} FROM reports r WHERE r.agency_id = $1 AND r.year = $2 AND r.id <> $3 ORDER BY r.id DESC`,
      [agencyId, year, excludeId],
    );
  }

  /**
   * The stored cell arrays of `reportId` (with raws and positions) and of `valuesOnlyId` (keys and
   * values): one indexed read of report_cells, no per-cell rows.
   */
  /** As one JSON document per report (parsed natively in Node, not element by element as array literals). */
  async cellArrays(reportId: number, valuesOnlyId: number | null): Promise<CellArrays[]> {
    const rows: { j: string }[] = await this.db.query(
      `SELECT json_build_object('reportId', report_id, 'keyIds', key_ids, 'vals', vals,
         'raws', CASE WHEN report_id = $1 THEN raws END, 'pos', CASE WHEN report_id = $1 THEN pos::json[] END)::text AS j
       FROM report_cells WHERE report_id = ANY(ARRAY[$1, $2]::int[])`,
      [reportId, valuesOnlyId],
    );
    return rows.map((r) => JSON.parse(r.j) as CellArrays);
  }
}
