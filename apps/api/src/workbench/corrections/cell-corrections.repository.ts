import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export type CorrectionRow = {
  id: number; key: string; reportId: number | null; originalValue: number | null; originalRaw: string;
  previousValue: number | null; value: number | null; reason: string; correctedBy: string; correctedAt: Date;
};
export type NewCorrection = {
  hash: string; key: string; reportId: number; originalValue: number | null; originalRaw: string;
  previousValue: number | null; value: number | null; reason: string; by: string;
};

const COLUMNS = `id, key, report_id AS "reportId", original_value AS "originalValue", original_raw AS "originalRaw",
  previous_value AS "previousValue", value, reason, corrected_by AS "correctedBy", corrected_at AS "correctedAt"`;

/** Every version of a corrected cell, by document hash: the latest one is the value in force. */
@Injectable()
export class CellCorrectionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The value in force per corrected key of a document (empty when none). */
  async current(hash: string): Promise<Map<string, number | null>> {
    const rows: { key: string; value: number | null }[] = await this.db.query(
      `SELECT DISTINCT ON (key) key, value FROM cell_corrections WHERE content_hash = $1 ORDER BY key, id DESC`,
      [hash],
    );
    return new Map(rows.map((r) => [r.key, r.value]));
  }

  /** Every correction of a document, oldest first. */
  history(hash: string): Promise<CorrectionRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM cell_corrections WHERE content_hash = $1 ORDER BY id`, [hash]);
  }

  async insert(em: EntityManager, c: NewCorrection): Promise<number> {
    const rows: { id: number }[] = await em.query(
      `INSERT INTO cell_corrections (content_hash, key, report_id, original_value, original_raw, previous_value, value, reason, corrected_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [c.hash, c.key, c.reportId, c.originalValue, c.originalRaw, c.previousValue, c.value, c.reason, c.by],
    );
    return rows[0].id;
  }
}
