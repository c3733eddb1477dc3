import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type RegionRow = { code: string; name: string; level: number; parentCode: string | null; fullName: string };
export type AgencyRow = { id: number; name: string; aliases: string[]; type: string; level: string; regionCode: string; reportCount: number };

const REGION = `code, name, level, parent_code AS "parentCode", full_name AS "fullName"`;
const AGENCY = `a.id, a.name, a.aliases, a.type, a.level, a.region_code AS "regionCode",
  (SELECT count(*)::int FROM reports r WHERE r.agency_id = a.id AND r.status = 'current') AS "reportCount"`;

/** Reads of the agency and region directory. */
@Injectable()
export class AgenciesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  regionsByCodes(codes: readonly string[]): Promise<RegionRow[]> {
    return this.db.query(`SELECT ${REGION} FROM regions WHERE code = ANY($1)`, [codes]);
  }

  regionsByParent(parentCode: string | null): Promise<RegionRow[]> {
    return parentCode == null
      ? this.db.query(`SELECT ${REGION} FROM regions WHERE parent_code IS NULL ORDER BY code`)
      : this.db.query(`SELECT ${REGION} FROM regions WHERE parent_code = $1 ORDER BY code`, [parentCode]);
  }

  agenciesByIds(ids: readonly number[]): Promise<AgencyRow[]> {
    return this.db.query(`SELECT ${AGENCY} FROM agencies a WHERE a.id = ANY($1)`, [ids]);
  }

  search(search: string | null, regionCodes: string[] | null, types: string[] | null, limit: number): Promise<AgencyRow[]> {
    return this.db.query(
      `SELECT ${AGENCY} FROM agencies a
       WHERE ($1::text IS NULL OR a.name ILIKE '%' || $1 || '%' OR EXISTS (SELECT 1 FROM unnest(a.aliases) al WHERE al ILIKE '%' || $1 || '%'))
         AND ($2::text[] IS NULL OR a.region_codes && $2)
         AND ($3::text[] IS NULL OR a.type = ANY($3))
       ORDER BY a.region_code, a.name LIMIT $4`,
      [search, regionCodes, types, limit],
    );
  }
}
