import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type SectionId } from '@gongkai/report-format';
import { DataSource } from 'typeorm';

export type AgencyYear = { agencyId: number; year: number };
export type CheckedReport = {
  id: number; agencyId: number; year: number; template: string; contentHash: string;
  province: string; type: string; level: string;
};
export type DocumentRow = { id: number; agencyId: number; year: number; contentHash: string };

const REPORT = `r.id, r.agency_id AS "agencyId", r.year, r.template, r.content_hash AS "contentHash",
  a.region_codes[1] AS province, a.type, a.level`;

/** What the cross-year, duplicate and peer checks read back from the database. */
@Injectable()
export class CheckInputsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  currentReports(pairs: readonly AgencyYear[]): Promise<CheckedReport[]> {
    return this.db.query(
      `SELECT ${REPORT} FROM reports r JOIN agencies a ON a.id = r.agency_id
       JOIN unnest($1::int[], $2::int[]) AS p(agency_id, year) ON p.agency_id = r.agency_id AND p.year = r.year
       WHERE r.status = 'current'`,
      [pairs.map((p) => p.agencyId), pairs.map((p) => p.year)],
    );
  }

  /** Every document (all versions) of these agency-years, in ingestion order. */
  documents(pairs: readonly AgencyYear[]): Promise<DocumentRow[]> {
    return this.db.query(
      `SELECT r.id, r.agency_id AS "agencyId", r.year, r.content_hash AS "contentHash" FROM reports r
       JOIN unnest($1::int[], $2::int[]) AS p(agency_id, year) ON p.agency_id = r.agency_id AND p.year = r.year
       ORDER BY r.id`,
      [pairs.map((p) => p.agencyId), pairs.map((p) => p.year)],
    );
  }

  /** Current reports of the peer groups (province, agency type, level, year). */
  peerReports(groups: readonly { province: string; type: string; level: string; year: number }[]): Promise<CheckedReport[]> {
    return this.db.query(
      `SELECT ${REPORT} FROM reports r JOIN agencies a ON a.id = r.agency_id
       JOIN unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS g(province, type, level, year)
         ON g.province = a.region_codes[1] AND g.type = a.type AND g.level = a.level AND g.year = r.year
       WHERE r.status = 'current'`,
      [groups.map((g) => g.province), groups.map((g) => g.type), groups.map((g) => g.level), groups.map((g) => g.year)],
    );
  }

  /** The running text by section of reports (for TEXT_COPIED). */
  sections(reportIds: readonly number[]): Promise<{ id: number; sections: { id: SectionId; heading: string; text: string }[] }[]> {
    return this.db.query(`SELECT id, sections FROM reports WHERE id = ANY($1)`, [reportIds]);
  }

  /**
   * The cell arrays of reports (the compact store: one row per report). Sent as JSON, which
   * Node parses natively, rather than as array literals parsed element by element in JS.
   */
  async cells(reportIds: readonly number[]): Promise<{ reportId: number; keyIds: number[]; values: (number | null)[] }[]> {
    const rows: { reportId: number; k: string; v: string }[] = await this.db.query(
      `SELECT report_id AS "reportId", array_to_json(key_ids)::text AS k, array_to_json(vals)::text AS v FROM report_cells WHERE report_id = ANY($1)`,
      [reportIds],
    );
    return rows.map((r) => ({ reportId: r.reportId, keyIds: JSON.parse(r.k) as number[], values: JSON.parse(r.v) as (number | null)[] }));
  }
}
