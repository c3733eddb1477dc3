import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

export type CorrectedReport = { id: number; agencyId: number; year: number; template: string; contentHash: string; status: string };
export type StoredValue = { keyId: number; value: number | null; raw: string };

/** The stored values a correction changes: the cell and the report's metrics (the rollups follow by trigger). */
@Injectable()
export class CorrectionWritesRepository {
  async report(em: EntityManager, id: number, lock = false): Promise<CorrectedReport | null> {
    const rows: CorrectedReport[] = await em.query(
      `SELECT id, agency_id AS "agencyId", year, template, content_hash AS "contentHash", status FROM reports WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  cells(em: EntityManager, reportId: number): Promise<StoredValue[]> {
    return em.query(`SELECT key_id AS "keyId", value, raw FROM cells WHERE report_id = $1`, [reportId]);
  }

  /** Cells are one row per cell, or (compact storage) parallel arrays per report behind a `cells` view. */
  async setValue(em: EntityManager, reportId: number, keyId: number, value: number | null): Promise<void> {
    const [{ compact }]: { compact: boolean }[] = await em.query(`SELECT to_regclass('report_cells') IS NOT NULL AS compact`);
    if (compact) {
      await em.query(
        `UPDATE report_cells SET vals[array_position(key_ids, $2::int2)] = $3, invalid[array_position(key_ids, $2::int2)] = false
         WHERE report_id = $1`,
        [reportId, keyId, value],
      );
    } else {
      await em.query(`UPDATE cells SET value = $3, invalid = false WHERE report_id = $1 AND key_id = $2`, [reportId, keyId, value]);
    }
  }

  /** Rewrites the report's metrics that changed. */
  async setMetrics(em: EntityManager, reportId: number, metrics: Record<string, number | null>): Promise<void> {
    const ids = Object.keys(metrics);
    await em.query(
      `UPDATE report_metrics m SET value = t.v FROM unnest($2::text[], $3::float8[]) AS t(id, v)
       WHERE m.report_id = $1 AND m.metric = t.id AND m.value IS DISTINCT FROM t.v`,
      [reportId, ids, ids.map((k) => metrics[k])],
    );
  }
}
