import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type NoticeAgency = { id: number; name: string; regionCodes: string[]; regionName: string };
export type NoticeReport = { id: number; template: string; title: string };
export type ConfirmedFlag = { code: string; severity: string; cells: string[]; expected: number | string | null; actual: number | string | null; messageZh: string; messageEn: string };
export type YearFigures = { year: number; errorFlags: number; granted: number | null; requests: number | null };

/** What a notice or a region summary reads. */
@Injectable()
export class NoticeDataRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async agency(id: number): Promise<NoticeAgency | null> {
    const rows: NoticeAgency[] = await this.db.query(
      `SELECT a.id, a.name, a.region_codes AS "regionCodes", g.name AS "regionName" FROM agencies a JOIN regions g ON g.code = a.region_code WHERE a.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async region(code: string): Promise<{ code: string; name: string; fullName: string; chain: string[] } | null> {
    const rows = await this.db.query(
      `WITH RECURSIVE up AS (SELECT code, parent_code FROM regions WHERE code = $1 UNION ALL SELECT g.code, g.parent_code FROM regions g JOIN up ON g.code = up.parent_code)
       SELECT g.code, g.name, g.full_name AS "fullName", (SELECT array_agg(code) FROM up) AS chain FROM regions g WHERE g.code = $1`,
      [code],
    );
    return rows[0] ?? null;
  }

  async currentReport(agencyId: number, year: number): Promise<NoticeReport | null> {
    const rows: NoticeReport[] = await this.db.query(`SELECT id, template, title FROM reports WHERE agency_id = $1 AND year = $2 AND status = 'current'`, [agencyId, year]);
    return rows[0] ?? null;
  }

  async cells(reportId: number): Promise<{ key: string; value: number | null }[]> {
    return this.db.query(`SELECT k.key, c.value FROM cells c JOIN cell_keys k ON k.id = c.key_id WHERE c.report_id = $1`, [reportId]);
  }

  confirmedFlags(reportId: number): Promise<ConfirmedFlag[]> {
    return this.db.query(
      `SELECT f.code, f.severity, f.cells, f.expected, f.actual, f.message_zh AS "messageZh", f.message_en AS "messageEn"
       FROM flags f JOIN flag_reviews v ON v.fingerprint = f.fingerprint
       WHERE f.report_id = $1 AND v.status = 'CONFIRMED'
       ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.id`,
      [reportId],
    );
  }

  /** Per year of the region: error flags not dismissed, and the sums behind the substantive disclosure rate. */
  yearFigures(regions: string[], fromYear: number, toYear: number): Promise<YearFigures[]> {
    return this.db.query(
      `SELECT y.year,
         (SELECT count(*)::int FROM flags f JOIN reports r ON r.id = f.report_id JOIN agencies a ON a.id = r.agency_id
            LEFT JOIN flag_reviews v ON v.fingerprint = f.fingerprint
          WHERE r.status = 'current' AND r.year = y.year AND a.region_codes && $1 AND f.severity = 'error' AND coalesce(v.status, 'OPEN') <> 'DISMISSED') AS "errorFlags",
         (SELECT sum(m.value) FROM report_metrics m WHERE m.year = y.year AND m.region_codes && $1 AND m.metric IN ('outcomes.granted', 'outcomes.partiallyGranted')) AS granted,
         (SELECT sum(m.value) FROM report_metrics m WHERE m.year = y.year AND m.region_codes && $1 AND m.metric IN ('requests.received', 'requests.carriedOver')) AS requests
       FROM generate_series($2::int, $3::int) AS y(year) ORDER BY y.year`,
      [regions, fromYear, toYear],
    );
  }

  /** The most frequent problems of the year (errors and warnings not dismissed). */
  worstProblems(regions: string[], year: number, limit: number): Promise<{ code: string; count: number; agencies: number }[]> {
    return this.db.query(
      `SELECT f.code, count(*)::int AS count, count(DISTINCT r.agency_id)::int AS agencies
       FROM flags f JOIN reports r ON r.id = f.report_id JOIN agencies a ON a.id = r.agency_id LEFT JOIN flag_reviews v ON v.fingerprint = f.fingerprint
       WHERE r.status = 'current' AND r.year = $2 AND a.region_codes && $1 AND f.severity IN ('error', 'warning') AND coalesce(v.status, 'OPEN') <> 'DISMISSED'
       GROUP BY f.code ORDER BY count DESC, f.code LIMIT $3`,
      [regions, year, limit],
    );
  }
}
