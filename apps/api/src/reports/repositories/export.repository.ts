import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type ExportRow = {
  id: number; agency: string; agencyType: string; region: string; regionCode: string; year: number; template: string; fileName: string;
  publishedAt: string | null; errorCount: number; warningCount: number; infoCount: number; metrics: Record<string, number | null>;
};

/** One row per current report with its metrics, for CSV export (reads the rollup, not cells). */
@Injectable()
export class ExportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  rows(fromYear: number | null, toYear: number | null, regionCodes: string[] | null, agencyTypes: string[] | null, limit: number): Promise<ExportRow[]> {
    return this.db.query(
      `SELECT r.id, a.name AS agency, a.type AS "agencyType", g.full_name AS region, a.region_code AS "regionCode", r.year, r.template,
         r.file_name AS "fileName", to_char(r.published_at, 'YYYY-MM-DD') AS "publishedAt", r.error_count AS "errorCount",
         r.warning_count AS "warningCount", r.info_count AS "infoCount",
         (SELECT jsonb_object_agg(m.metric, m.value) FROM report_metrics m WHERE m.report_id = r.id) AS metrics
       FROM reports r JOIN agencies a ON a.id = r.agency_id JOIN regions g ON g.code = a.region_code
       WHERE r.status = 'current' AND ($1::int IS NULL OR r.year >= $1) AND ($2::int IS NULL OR r.year <= $2)
         AND ($3::text[] IS NULL OR a.region_codes && $3) AND ($4::text[] IS NULL OR a.type = ANY($4))
       ORDER BY r.year, a.region_code, a.name LIMIT $5`,
      [fromYear, toYear, regionCodes, agencyTypes, limit],
    );
  }
}
