import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SUMMARY_COLUMNS } from '../../reports/report-summary.sql';

export type FlagQuery = {
  codes: string[] | null; severities: string[] | null; statuses: string[] | null; regionCodes: string[] | null;
  fromYear: number | null; toYear: number | null; agencyIds: number[] | null; reportId: number | null;
};
export type FlagRowOut = {
  id: string; code: string; severity: string; cells: string[]; expected: unknown; actual: unknown;
  messageZh: string; messageEn: string; fingerprint: string; status: string; reviewer: string | null; note: string | null;
  reviewedAt: Date | null; regionCodes: string[]; report: Record<string, unknown>;
};

const FROM = `FROM flags f JOIN reports r ON r.id = f.report_id JOIN agencies a ON a.id = r.agency_id
  LEFT JOIN flag_reviews v ON v.fingerprint = f.fingerprint`;
// Counting needs neither the report nor the agency unless a filter asks for them.
const COUNT_FROM = `FROM flags f LEFT JOIN flag_reviews v ON v.fingerprint = f.fingerprint`;
// A report's flags (reportId) include superseded versions; lists cover current reports. Year, status and
// severity rank are on flags itself (migration FlagListOrder), so the list's order is one index's order.
// Filters on the agency are EXISTS, which the planner drops when their parameter is NULL.
const WHERE = `WHERE ($1::text[] IS NULL OR f.code = ANY($1)) AND ($2::text[] IS NULL OR f.severity = ANY($2))
  AND ($3::text[] IS NULL OR coalesce(v.status, 'OPEN') = ANY($3))
  AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM reports fr JOIN agencies fa ON fa.id = fr.agency_id WHERE fr.id = f.report_id AND fa.region_codes && $4))
  AND ($5::int IS NULL OR f.year >= $5) AND ($6::int IS NULL OR f.year <= $6)
  AND ($7::int[] IS NULL OR EXISTS (SELECT 1 FROM reports fr WHERE fr.id = f.report_id AND fr.agency_id = ANY($7)))
  AND (CASE WHEN $8::int IS NULL THEN f.current ELSE f.report_id = $8 END)`;
const SELECT = `SELECT f.id::text, f.code, f.severity, f.cells, f.expected, f.actual, f.message_zh AS "messageZh", f.message_en AS "messageEn",
  f.fingerprint, coalesce(v.status, 'OPEN') AS status, v.reviewer, v.note, v.reviewed_at AS "reviewedAt", a.region_codes AS "regionCodes",
  ${SUMMARY_COLUMNS.replace(/AS "?(\w+)"?/g, 'AS "r_$1"')}`;

const params = (q: FlagQuery) => [q.codes, q.severities, q.statuses, q.regionCodes, q.fromYear, q.toYear, q.agencyIds, q.reportId];

/** Splits the r_-prefixed summary columns into a nested report object. */
const nest = (row: Record<string, unknown>): FlagRowOut => {
  const report: Record<string, unknown> = {};
  const out: Record<string, unknown> = { report };
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith('r_')) report[k.slice(2)] = v;
    else out[k] = v;
  }
  return out as FlagRowOut;
};

/** Reads and review writes of flags. */
@Injectable()
export class FlagsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(q: FlagQuery, limit: number, offset: number): Promise<FlagRowOut[]> {
    const rows = await this.db.query(
      `${SELECT} ${FROM} ${WHERE}
       ORDER BY f.severity_rank, f.year DESC, f.id LIMIT $9 OFFSET $10`,
      [...params(q), limit, offset],
    );
    return rows.map(nest);
  }

  async count(q: FlagQuery): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n ${COUNT_FROM} ${WHERE}`, params(q));
    return rows[0].n;
  }

  async byId(id: number): Promise<FlagRowOut | null> {
    const rows = await this.db.query(`${SELECT} ${FROM} WHERE f.id = $1`, [id]);
    return rows[0] ? nest(rows[0]) : null;
  }

  async byReport(reportId: number): Promise<FlagRowOut[]> {
    const rows = await this.db.query(`${SELECT} ${FROM} WHERE f.report_id = $1 ORDER BY f.id`, [reportId]);
    return rows.map(nest);
  }

  /** Counts per code and year over current reports. */
  countsByCodeYear(fromYear: number, toYear: number, regionCodes: string[] | null, agencyTypes: string[] | null, agencyIds: number[] | null): Promise<{ code: string; year: number; count: number }[]> {
    return this.db.query(
      `SELECT f.code, f.year, count(*)::int AS count FROM flags f JOIN reports r ON r.id = f.report_id JOIN agencies a ON a.id = r.agency_id
       WHERE f.current AND f.year BETWEEN $1 AND $2 AND ($3::text[] IS NULL OR a.region_codes && $3)
         AND ($4::text[] IS NULL OR a.type = ANY($4)) AND ($5::int[] IS NULL OR r.agency_id = ANY($5))
       GROUP BY f.code, f.year ORDER BY f.year, f.code`,
      [fromYear, toYear, regionCodes, agencyTypes, agencyIds],
    );
  }

  async saveReview(fingerprint: string, status: string, reviewer: string, note: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO flag_reviews (fingerprint, status, reviewer, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (fingerprint) DO UPDATE SET status = EXCLUDED.status, reviewer = EXCLUDED.reviewer, note = EXCLUDED.note, reviewed_at = now()`,
      [fingerprint, status, reviewer, note],
    );
  }

  async deleteReview(fingerprint: string): Promise<void> {
    await this.db.query(`DELETE FROM flag_reviews WHERE fingerprint = $1`, [fingerprint]);
  }
}
