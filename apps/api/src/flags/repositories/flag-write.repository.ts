import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { flagArrays } from '../../ingestion/repositories/report-write.repository';
import { type FlagRow } from '../utils/flag-rows';

export type ReportFlags = { reportId: number; rows: FlagRow[] };

/**
 * Replaces the flags of given scopes on a set of reports: flags whose fingerprint is still
 * produced keep their id (links and reviews stay valid), the others are removed.
 */
@Injectable()
export class FlagWriteRepository {
  async replace(em: EntityManager, scopes: readonly string[], batch: readonly ReportFlags[]): Promise<void> {
    if (batch.length === 0) return;
    const reportIds = batch.map((b) => b.reportId);
    const flat = batch.flatMap((b) => b.rows.map((row) => ({ reportId: b.reportId, row })));
    await em.query(
      `DELETE FROM flags f WHERE f.report_id = ANY($1) AND f.scope = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM unnest($3::int[], $4::text[]) AS n(r, fp) WHERE n.r = f.report_id AND n.fp = f.fingerprint)`,
      [reportIds, scopes, flat.map((x) => x.reportId), flat.map((x) => x.row.fingerprint)],
    );
    await this.insert(em, flat.map((x) => x.reportId), flat.map((x) => x.row));
    await this.updateCounts(em, reportIds);
  }

  async insert(em: EntityManager, reportIds: number[], rows: readonly FlagRow[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO flags (report_id, code, severity, scope, cells, expected, actual, message_zh, message_en, fingerprint)
       SELECT r, c, s, sc, ARRAY(SELECT jsonb_array_elements_text(ce::jsonb)), e::jsonb, a::jsonb, mz, me, fp
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
         AS t(r, c, s, sc, ce, e, a, mz, me, fp)
       ON CONFLICT (report_id, fingerprint) DO UPDATE SET
         expected = EXCLUDED.expected, actual = EXCLUDED.actual, message_zh = EXCLUDED.message_zh, message_en = EXCLUDED.message_en`,
      flagArrays(reportIds, rows),
    );
  }

  async updateCounts(em: EntityManager, reportIds: number[]): Promise<void> {
    // One pass over the reports' flags; rows whose counts did not change are not rewritten.
    await em.query(
      `UPDATE reports r SET error_count = c.e, warning_count = c.w, info_count = c.i
       FROM (SELECT t.rid, count(f.id) FILTER (WHERE f.severity = 'error') AS e, count(f.id) FILTER (WHERE f.severity = 'warning') AS w,
               count(f.id) FILTER (WHERE f.severity = 'info') AS i
             FROM unnest($1::int[]) AS t(rid) LEFT JOIN flags f ON f.report_id = t.rid GROUP BY t.rid) c
       WHERE r.id = c.rid AND (r.error_count, r.warning_count, r.info_count) IS DISTINCT FROM (c.e::int, c.w::int, c.i::int)`,
      [reportIds],
    );
  }
}
