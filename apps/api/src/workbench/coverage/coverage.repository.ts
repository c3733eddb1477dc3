import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type CoverageRegionRow = { code: string; name: string; level: number; parentCode: string | null; fullName: string };
export type CoverageAgencyRow = { id: number; name: string; regionCode: string };
export type CoverageReportRow = { id: number; agencyId: number; year: number; publishedAt: string | null; status: string };

/** What coverage reads: regions, the agencies that must publish, and every document of the years. */
@Injectable()
export class CoverageRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  regions(): Promise<CoverageRegionRow[]> {
    return this.db.query(`SELECT code, name, level, parent_code AS "parentCode", full_name AS "fullName" FROM regions ORDER BY code`);
  }

  /** Agencies under any of `roots` (null = all). */
  agencies(roots: string[] | null): Promise<CoverageAgencyRow[]> {
    return this.db.query(
      `SELECT id, name, region_code AS "regionCode" FROM agencies WHERE ($1::text[] IS NULL OR region_codes && $1) ORDER BY region_code, name`,
      [roots],
    );
  }

  /** Every document (all versions) of these agencies in these years. */
  reports(agencyIds: number[], years: number[]): Promise<CoverageReportRow[]> {
    return this.db.query(
      `SELECT id, agency_id AS "agencyId", year, to_char(published_at, 'YYYY-MM-DD') AS "publishedAt", status
       FROM reports WHERE agency_id = ANY($1) AND year = ANY($2)`,
      [agencyIds, years],
    );
  }
}
