import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type RiskInputRow = {
  reportId: number; agencyId: number; agencyName: string; agencyType: string; regionCodes: string[]; year: number;
  publishedAt: string | null; metrics: Record<string, number | null> | null; openErrorFlags: number;
};

/** Per current report of a year: metrics (rollup), open error flags (not dismissed), publication date. */
@Injectable()
export class RiskRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  inputs(year: number, regions: string[] | null, types: string[] | null, agencyIds: number[] | null): Promise<RiskInputRow[]> {
    return this.db.query(
      `SELECT r.id AS "reportId", r.agency_id AS "agencyId", a.name AS "agencyName", a.type AS "agencyType", a.region_codes AS "regionCodes",
         r.year, to_char(r.published_at, 'YYYY-MM-DD') AS "publishedAt",
         (SELECT jsonb_object_agg(m.metric, m.value) FROM report_metrics m WHERE m.report_id = r.id) AS metrics,
         (SELECT count(*)::int FROM flags f LEFT JOIN flag_reviews v ON v.fingerprint = f.fingerprint
           WHERE f.report_id = r.id AND f.severity = 'error' AND coalesce(v.status, 'OPEN') <> 'DISMISSED') AS "openErrorFlags"
       FROM reports r JOIN agencies a ON a.id = r.agency_id
       WHERE r.status = 'current' AND r.year = $1 AND ($2::text[] IS NULL OR a.region_codes && $2)
         AND ($3::text[] IS NULL OR a.type = ANY($3)) AND ($4::int[] IS NULL OR r.agency_id = ANY($4))
       ORDER BY a.region_code, a.name`,
      [year, regions, types, agencyIds],
    );
  }

  /** Level of the deepest of the codes (0 when none). */
  async level(codes: string[]): Promise<number> {
    const rows: { level: number | null }[] = await this.db.query(`SELECT max(level)::int AS level FROM regions WHERE code = ANY($1)`, [codes]);
    return rows[0]?.level ?? 0;
  }
}
