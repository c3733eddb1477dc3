import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Tables whose secondary indexes a large bulk import may drop and build again at its end. */
export type SuspendableTable = 'report_metrics';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Building an index once over all rows costs less than maintaining it row by row: for a
 * bulk import that at least doubles `report_metrics` (29 rows per report), its secondary
 * indexes are dropped first and built again at the end (measured on 286,143 fact rows:
 * inserts 5.3–5.6 s without them + 1.9 s of builds, against 8.7–9.2 s with them).
 * Their definitions are kept in `deferred_indexes` in the transaction that drops them, so an
 * import that dies leaves them to the next start (API or CLI), which builds them first.
 * Readers stay correct meanwhile, only slower on the queries those indexes serve.
 */
@Injectable()
export class IndexSuspension implements OnApplicationBootstrap {
  private readonly log = new Logger('Indexes');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const built = await this.restore();
    if (built.length > 0) this.log.log(`built the indexes a bulk import had left: ${built.join(', ')}`);
  }

  /** Drops the table's non-unique secondary indexes (the keys stay) and remembers them; returns their names. */
  suspend(table: SuspendableTable): Promise<string[]> {
    return this.db.transaction(async (em) => {
      const rows: { name: string; definition: string }[] = await em.query(
        `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE i.indrelid = $1::regclass AND NOT i.indisprimary AND NOT i.indisunique ORDER BY c.relname`,
        [table],
      );
      for (const r of rows) {
        await em.query(`INSERT INTO deferred_indexes (name, definition) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [r.name, r.definition]);
        await em.query(`DROP INDEX ${ident(r.name)}`);
      }
      return rows.map((r) => r.name);
    });
  }

  /** Builds every remembered index (one transaction: all of them or none); returns their names. */
  restore(): Promise<string[]> {
    return this.db.transaction(async (em) => {
      const rows: { name: string; definition: string }[] = await em.query(`SELECT name, definition FROM deferred_indexes ORDER BY name FOR UPDATE`);
      for (const r of rows) await em.query(r.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      if (rows.length > 0) await em.query(`DELETE FROM deferred_indexes WHERE name = ANY($1)`, [rows.map((r) => r.name)]);
      return rows.map((r) => r.name);
    });
  }

  /**
   * After a bulk import: planner statistics for the tables it filled, and after a large one
   * also their visibility maps (VACUUM), which index-only scans need and which autovacuum
   * would otherwise do later, competing with the first dashboard queries for the CPU.
   */
  async settle(large: boolean): Promise<void> {
    await this.db.query(`${large ? 'VACUUM (ANALYZE)' : 'ANALYZE'} reports, report_cells, report_metrics, metric_rollups, flags, agencies, regions`);
  }

  /** Whether `incoming` reports would at least double the current ones (and are many): then suspending pays. */
  async worthSuspending(incoming: number): Promise<boolean> {
    if (incoming < 2000) return false;
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM reports WHERE status = 'current'`);
    return incoming >= rows[0].n;
  }
}
