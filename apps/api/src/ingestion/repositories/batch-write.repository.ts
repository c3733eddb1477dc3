import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type RegionRow } from '../../agencies/repositories/agencies.repository';
import { type FlagRow } from '../../flags/utils/flag-rows';
import { type CellBatch, flagArrays } from './report-write.repository';

export type AgencyKey = { regionCode: string; key: string; name: string; level: string; type: string; regionCodes: string[] };
export type BatchReport = {
  id: number; agencyId: number; year: number; template: string; layout: string; fileName: string; contentHash: string;
  sourceBytes: Uint8Array; sourceText: string; publishedAt: string | null; status: 'current' | 'superseded'; previousVersionId: number | null;
  title: string; sections: string; notes: string; ingestedBy: string; counts: { error: number; warning: number; info: number };
  cells: CellBatch;
};
export type FlagOwner = { reportId: number; year: number; current: boolean };
export type BatchMetric = { reportId: number; agencyId: number; year: number; metric: string; value: number | null };

/**
 * Statements of one bulk-import transaction: each writes the rows of many reports in one
 * round trip (arrays through unnest), never a row at a time.
 */
@Injectable()
export class BatchWriteRepository {
  async relaxDurability(em: EntityManager): Promise<void> {
    await em.query(`SET LOCAL synchronous_commit TO OFF`);
  }

  async upsertRegions(em: EntityManager, rows: readonly RegionRow[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO regions (code, name, level, parent_code, full_name)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int2[], $4::text[], $5::text[]) ORDER BY 3 ON CONFLICT (code) DO NOTHING`,
      [rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.level), rows.map((r) => r.parentCode), rows.map((r) => r.fullName)],
    );
  }

  /** Agencies by (region, name key), one row per key; a new spelling becomes an alias. */
  async upsertAgencies(em: EntityManager, rows: readonly AgencyKey[]): Promise<Map<string, number>> {
    if (rows.length === 0) return new Map();
    const out: { id: number; region_code: string; name_key: string }[] = await em.query(
      `INSERT INTO agencies AS a (name, name_key, region_code, region_codes, level, type)
       SELECT n, k, rc, rcs::text[], l, t FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(n, k, rc, rcs, l, t)
       ORDER BY rc, k
       ON CONFLICT (region_code, name_key) DO UPDATE SET aliases = CASE
         WHEN a.name = EXCLUDED.name OR EXCLUDED.name = ANY(a.aliases) THEN a.aliases
         ELSE a.aliases || EXCLUDED.name END
       RETURNING id, region_code, name_key`,
      [rows.map((r) => r.name), rows.map((r) => r.key), rows.map((r) => r.regionCode), rows.map((r) => `{${r.regionCodes.map((c) => `"${c}"`).join(',')}}`),
        rows.map((r) => r.level), rows.map((r) => r.type)],
    );
    return new Map(out.map((r) => [`${r.region_code}|${r.name_key}`, r.id]));
  }

  async allocateReportIds(em: EntityManager, n: number): Promise<number[]> {
    const rows: { id: number }[] = await em.query(`SELECT nextval('reports_id_seq')::int AS id FROM generate_series(1, $1)`, [n]);
    return rows.map((r) => r.id).sort((a, b) => a - b);
  }

  /** The current reports of these agency-years become history and leave the rollups. */
  async supersede(em: EntityManager, pairs: readonly { agencyId: number; year: number }[]): Promise<{ id: number; agencyId: number; year: number }[]> {
    if (pairs.length === 0) return [];
    return em.query(
      `WITH s AS (
         UPDATE reports r SET status = 'superseded' FROM unnest($1::int[], $2::int2[]) AS p(agency_id, year)
         WHERE r.agency_id = p.agency_id AND r.year = p.year AND r.status = 'current'
         RETURNING r.id, r.agency_id, r.year),
       d AS (DELETE FROM report_metrics WHERE report_id IN (SELECT id FROM s))
       SELECT id, agency_id AS "agencyId", year FROM s`,
      [pairs.map((p) => p.agencyId), pairs.map((p) => p.year)],
    );
  }

  /**
   * Reports and their cell arrays as multi-row VALUES (one parameter per value: the documents'
   * bytes go as binary, the cell arrays as single literals, no array-of-arrays to parse).
   */
  async insertReports(em: EntityManager, rows: readonly BatchReport[]): Promise<void> {
    const reportParams: unknown[] = [];
    const reportRows = rows.map((r) => {
      const at = reportParams.length;
      reportParams.push(r.id, r.agencyId, r.year, r.template, r.layout, r.fileName, r.contentHash,
        Buffer.from(r.sourceBytes.buffer, r.sourceBytes.byteOffset, r.sourceBytes.byteLength), r.sourceText, r.publishedAt, r.status,
        r.previousVersionId, r.title, r.sections, r.notes, r.ingestedBy, r.counts.error, r.counts.warning, r.counts.info);
      const p = (k: number, cast = '') => `$${at + k}${cast}`;
      return `(${p(1)}::int, ${p(2)}::int, ${p(3)}::int2, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}::bytea, ${p(9)}, ${p(10)}::date, ${p(11)}, ${p(12)}::int, ${p(13)}, ${p(14)}::jsonb, ${p(15)}::jsonb, ${p(16)}, ${p(17)}::int, ${p(18)}::int, ${p(19)}::int)`;
    });
    await em.query(
      `INSERT INTO reports (id, agency_id, year, template, layout, file_name, content_hash, source_bytes, source_text, published_at,
         status, previous_version_id, title, sections, parse_notes, ingested_by, error_count, warning_count, info_count)
       VALUES ${reportRows.join(', ')}`,
      reportParams,
    );
    const cellParams: unknown[] = [];
    const cellRows = rows.map((r) => {
      const at = cellParams.length;
      cellParams.push(r.id, r.cells.keyIds, r.cells.values, r.cells.raws, r.cells.pos, r.cells.invalid);
      return `($${at + 1}::int, $${at + 2}::int2[], $${at + 3}::float8[], $${at + 4}::text[], $${at + 5}::text[], $${at + 6}::bool[])`;
    });
    await em.query(`INSERT INTO report_cells (report_id, key_ids, vals, raws, pos, invalid) VALUES ${cellRows.join(', ')}`, cellParams);
  }

  /** Metrics of current reports, with the agency's regions and type (the rollup trigger sums them). */
  async insertMetrics(em: EntityManager, rows: readonly BatchMetric[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO report_metrics (report_id, agency_id, region_codes, agency_type, year, metric, value)
       SELECT t.rid, t.aid, a.region_codes, a.type, t.year, t.metric, t.value
       FROM unnest($1::int[], $2::int[], $3::int2[], $4::text[], $5::float8[]) AS t(rid, aid, year, metric, value)
       JOIN agencies a ON a.id = t.aid`,
      [rows.map((r) => r.reportId), rows.map((r) => r.agencyId), rows.map((r) => r.year), rows.map((r) => r.metric), rows.map((r) => r.value)],
    );
  }

  /** Flags with their report's year and status (given here, the migration's lookup trigger is skipped). */
  async insertFlags(em: EntityManager, owners: readonly FlagOwner[], rows: readonly FlagRow[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO flags (report_id, code, severity, scope, cells, expected, actual, message_zh, message_en, fingerprint, year, current)
       SELECT r, c, s, sc, ARRAY(SELECT jsonb_array_elements_text(ce::jsonb)), e::jsonb, a::jsonb, mz, me, fp, y, cur
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::int2[], $12::bool[]) AS t(r, c, s, sc, ce, e, a, mz, me, fp, y, cur)`,
      [...flagArrays(owners.map((o) => o.reportId), rows), owners.map((o) => o.year), owners.map((o) => o.current)],
    );
  }
}
