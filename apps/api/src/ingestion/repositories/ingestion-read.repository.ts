import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type StoredDocument = { id: number; agencyId: number; year: number; fileName: string; bytes: Buffer; contentHash: string };

/** Reads the ingestion needs outside a report's transaction. */
@Injectable()
export class IngestionReadRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async idByHash(hash: string): Promise<number | null> {
    const rows: { id: number }[] = await this.db.query(`SELECT id FROM reports WHERE content_hash = $1`, [hash]);
    return rows[0]?.id ?? null;
  }

  /** Stored reports of these document hashes (one query for a whole batch). */
  async idsByHashes(hashes: readonly string[]): Promise<Map<string, number>> {
    if (hashes.length === 0) return new Map();
    const rows: { id: number; hash: string }[] = await this.db.query(`SELECT id, content_hash AS hash FROM reports WHERE content_hash = ANY($1)`, [hashes]);
    return new Map(rows.map((r) => [r.hash, r.id]));
  }

  /** Which of these documents have workbench cell corrections. */
  async hashesWithCorrections(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows: { hash: string }[] = await this.db.query(`SELECT DISTINCT content_hash AS hash FROM cell_corrections WHERE content_hash = ANY($1)`, [hashes]);
    return new Set(rows.map((r) => r.hash));
  }

  async flagCounts(reportIds: number[]): Promise<Map<number, number>> {
    const rows: { id: number; n: number }[] = await this.db.query(
      `SELECT id, error_count + warning_count + info_count AS n FROM reports WHERE id = ANY($1)`, [reportIds]);
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  async reportCount(): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM reports`);
    return rows[0].n;
  }

  /** Stored documents after `afterId` (all, or only the given ids), for a recheck in chunks. */
  documentsAfter(afterId: number, ids: number[] | null, limit: number): Promise<StoredDocument[]> {
    return this.db.query(
      `SELECT id, agency_id AS "agencyId", year, file_name AS "fileName", source_bytes AS bytes, content_hash AS "contentHash"
       FROM reports WHERE id > $1 AND ($2::int[] IS NULL OR id = ANY($2)) ORDER BY id LIMIT $3`,
      [afterId, ids, limit],
    );
  }
}
