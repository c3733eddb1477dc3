import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type RegionRow } from '../../agencies/repositories/agencies.repository';

export type DirectoryRowOut = {
  id: number; name: string; type: string; level: string; regionCode: string; regionName: string;
  parentId: number | null; parentName: string | null; reportCount: number;
};
export type AgencyWrite = { name: string; key: string; type: string; level: string; regions: RegionRow[] };

const SELECT = `SELECT a.id, a.name, a.type, a.level, a.region_code AS "regionCode", g.full_name AS "regionName",
  a.parent_id AS "parentId", p.name AS "parentName",
  (SELECT count(*)::int FROM reports r WHERE r.agency_id = a.id AND r.status = 'current') AS "reportCount"
  FROM agencies a JOIN regions g ON g.code = a.region_code LEFT JOIN agencies p ON p.id = a.parent_id`;
const WHERE = `WHERE ($1::text IS NULL OR a.name ILIKE '%' || $1 || '%') AND ($2::text[] IS NULL OR a.region_codes && $2)`;

/** The agency directory: list, import (upsert by region and name key) and edits. */
@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(search: string | null, regions: string[] | null, limit: number, offset: number): Promise<DirectoryRowOut[]> {
    return this.db.query(`${SELECT} ${WHERE} ORDER BY a.region_code, a.name, a.id LIMIT $3 OFFSET $4`, [search, regions, limit, offset]);
  }

  async count(search: string | null, regions: string[] | null): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM agencies a ${WHERE}`, [search, regions]);
    return rows[0].n;
  }

  async byId(id: number): Promise<(DirectoryRowOut & { regionCodes: string[] }) | null> {
    const rows = await this.db.query(`${SELECT.replace('SELECT a.id,', 'SELECT a.id, a.region_codes AS "regionCodes",')} WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Agencies by name key, for parent look-ups. */
  byNameKeys(keys: string[]): Promise<{ id: number; nameKey: string; regionCodes: string[] }[]> {
    return this.db.query(`SELECT id, name_key AS "nameKey", region_codes AS "regionCodes" FROM agencies WHERE name_key = ANY($1) ORDER BY id`, [keys]);
  }

  /** Upserts the region chain and the agency; returns its id and whether it was new. */
  async upsert(em: EntityManager, a: AgencyWrite): Promise<{ id: number; inserted: boolean }> {
    const chain = a.regions;
    await this.upsertRegions(em, chain);
    const rows: { id: number; inserted: boolean }[] = await em.query(
      `INSERT INTO agencies (name, name_key, region_code, region_codes, level, type) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (region_code, name_key) DO UPDATE SET type = EXCLUDED.type RETURNING id, (xmax = 0) AS inserted`,
      [a.name, a.key, chain[chain.length - 1].code, chain.map((r) => r.code), a.level, a.type],
    );
    await em.query(`UPDATE report_metrics SET agency_type = $2 WHERE agency_id = $1 AND agency_type <> $2`, [rows[0].id, a.type]);
    return rows[0];
  }

  async upsertRegions(em: EntityManager, chain: RegionRow[]): Promise<void> {
    await em.query(
      `INSERT INTO regions (code, name, level, parent_code, full_name)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int2[], $4::text[], $5::text[]) ON CONFLICT (code) DO NOTHING`,
      [chain.map((r) => r.code), chain.map((r) => r.name), chain.map((r) => r.level), chain.map((r) => r.parentCode), chain.map((r) => r.fullName)],
    );
  }

  async setParent(em: EntityManager, id: number, parentId: number | null): Promise<void> {
    await em.query(`UPDATE agencies SET parent_id = $2 WHERE id = $1`, [id, parentId]);
  }

  /** Edits one agency; the rollup's copies of its region chain and type follow. */
  async update(em: EntityManager, id: number, name: string, key: string, type: string, level: string, regionCodes: string[]): Promise<void> {
    await em.query(
      `UPDATE agencies SET name = $2, name_key = $3, type = $4, level = $5, region_code = ($6::text[])[array_length($6::text[], 1)], region_codes = $6::text[],
         aliases = CASE WHEN name <> $2 AND NOT name = ANY(aliases) THEN aliases || name ELSE aliases END WHERE id = $1`,
      [id, name, key, type, level, regionCodes],
    );
    await em.query(`UPDATE report_metrics SET agency_type = $2, region_codes = $3 WHERE agency_id = $1`, [id, type, regionCodes]);
  }
}
