import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type RegionRow } from '../../agencies/repositories/agencies.repository';
import { type FlagRow } from '../../flags/utils/flag-rows';
import { type CellArrays } from '../prepared-report';

export type NewReport = {
  agencyId: number; year: number; template: string; layout: string; fileName: string; contentHash: string;
  sourceBytes: Uint8Array; sourceText: string; publishedAt: string | null; previousVersionId: number | null;
  title: string; sections: string; notes: string; ingestedBy: string; counts: { error: number; warning: number; info: number };
};
export type MetricBatch = { regionCodes: string[]; type: string; ids: string[]; values: (number | null)[] };
/** A report's cells as the array literals of its report_cells row (built by cellArrays), with their key ids. */
export type CellBatch = Omit<CellArrays, 'keys'> & { keyIds: string };

/**
 * Statements of one report's ingestion transaction: every method takes the transaction's
 * EntityManager; bulk rows go in as arrays through unnest, never a row at a time.
 */
@Injectable()
export class ReportWriteRepository {
  /**
   * The agency of this spelling's key in the region (a new spelling is kept as an alias),
   * with the region chain inserted first in the same statement.
   */
  async upsertAgency(em: EntityManager, chain: readonly RegionRow[], a: { name: string; key: string; level: string; type: string }): Promise<number> {
    const region = chain[chain.length - 1];
    const rows: { id: number }[] = await em.query(
      `WITH reg AS (
         INSERT INTO regions (code, name, level, parent_code, full_name)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int2[], $4::text[], $5::text[]) ON CONFLICT (code) DO NOTHING)
       INSERT INTO agencies (name, name_key, region_code, region_codes, level, type)
       VALUES ($6, $7, $8, $1, $9, $10)
       ON CONFLICT (region_code, name_key) DO UPDATE SET aliases = CASE
         WHEN agencies.name = EXCLUDED.name OR EXCLUDED.name = ANY(agencies.aliases) THEN agencies.aliases
         ELSE agencies.aliases || EXCLUDED.name END
       RETURNING id`,
      [chain.map((r) => r.code), chain.map((r) => r.name), chain.map((r) => r.level), chain.map((r) => r.parentCode), chain.map((r) => r.fullName),
        a.name, a.key, region.code, a.level, a.type],
    );
    return rows[0].id;
  }

  async relaxDurability(em: EntityManager): Promise<void> {
    await em.query(`SET LOCAL synchronous_commit TO OFF`);
  }

  async currentReport(em: EntityManager, agencyId: number, year: number): Promise<number | null> {
    const rows: { id: number }[] = await em.query(`SELECT id FROM reports WHERE agency_id = $1 AND year = $2 AND status = 'current'`, [agencyId, year]);
    return rows[0]?.id ?? null;
  }

  async findByHash(em: EntityManager, hash: string): Promise<number | null> {
    const rows: { id: number }[] = await em.query(`SELECT id FROM reports WHERE content_hash = $1`, [hash]);
    return rows[0]?.id ?? null;
  }

  /** The old version leaves the rollups; its cells and flags stay for the history. */
  async supersede(em: EntityManager, reportId: number): Promise<void> {
    await em.query(
      `WITH s AS (UPDATE reports SET status = 'superseded' WHERE id = $1 RETURNING id)
       DELETE FROM report_metrics WHERE report_id IN (SELECT id FROM s)`,
      [reportId],
    );
  }

  /**
   * The report with all its cells, metrics and flags in ONE statement (one round trip):
   * rows go in as arrays through unnest. A concurrent writer of the same agency-year or the
   * same bytes makes it fail on reports_current_uq / reports_content_hash_uq.
   */
  async insertReport(em: EntityManager, r: NewReport, c: CellBatch, m: MetricBatch, flags: readonly FlagRow[]): Promise<number> {
    const f = flagArrays([], flags).slice(1);
    const rows: { id: number }[] = await em.query(
      `WITH r AS (
         INSERT INTO reports (agency_id, year, template, layout, file_name, content_hash, source_bytes, source_text, published_at,
           status, previous_version_id, title, sections, parse_notes, ingested_by, error_count, warning_count, info_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'current', $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id),
       c AS (
         INSERT INTO report_cells (report_id, key_ids, vals, raws, pos, invalid)
         SELECT r.id, $18::int2[], $19::float8[], $20::text[], $21::text[], $22::bool[] FROM r),
       m AS (
         INSERT INTO report_metrics (report_id, agency_id, region_codes, agency_type, year, metric, value)
         SELECT r.id, $1, $23, $24, $2, mid, mv FROM r, unnest($25::text[], $26::float8[]) AS t(mid, mv)),
       f AS (
         INSERT INTO flags (report_id, code, severity, scope, cells, expected, actual, message_zh, message_en, fingerprint, year, current)
         SELECT r.id, fc, fs, fsc, ARRAY(SELECT jsonb_array_elements_text(fce::jsonb)), fe::jsonb, fa::jsonb, fmz, fme, ffp, $2, true
         FROM r, unnest($27::text[], $28::text[], $29::text[], $30::text[], $31::text[], $32::text[], $33::text[], $34::text[], $35::text[])
           AS t(fc, fs, fsc, fce, fe, fa, fmz, fme, ffp))
       SELECT id FROM r`,
      [r.agencyId, r.year, r.template, r.layout, r.fileName, r.contentHash, Buffer.from(r.sourceBytes), r.sourceText, r.publishedAt,
        r.previousVersionId, r.title, r.sections, r.notes, r.ingestedBy, r.counts.error, r.counts.warning, r.counts.info,
        c.keyIds, c.values, c.raws, c.pos, c.invalid,
        m.regionCodes, m.type, m.ids, m.values,
        ...f],
    );
    return rows[0].id;
  }
}

/** Flag rows as the unnest arrays of one insert. */
export const flagArrays = (reportIds: number[], rows: readonly FlagRow[]) => [
  reportIds, rows.map((f) => f.code), rows.map((f) => f.severity), rows.map((f) => f.scope),
  rows.map((f) => JSON.stringify(f.cells)), rows.map((f) => JSON.stringify(f.expected)), rows.map((f) => JSON.stringify(f.actual)),
  rows.map((f) => f.messageZh), rows.map((f) => f.messageEn), rows.map((f) => f.fingerprint),
];
