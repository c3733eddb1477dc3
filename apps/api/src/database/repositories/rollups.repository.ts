import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * metric_rollups outside the triggers: a bulk import defers them (one aggregate per batch
 * would cost more than the batch) and marks its years stale; this recomputes those years
 * from report_metrics in one set-based statement. Also run at boot, after an import that died.
 */
@Injectable()
export class RollupsRepository implements OnApplicationBootstrap {
  private readonly log = new Logger('Rollups');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const years = await this.refreshStale();
    if (years.length > 0) this.log.log(`recomputed the rollups of ${years.join(', ')}`);
  }

  /** In a bulk transaction: skip the trigger, remember the years to recompute. */
  async defer(em: EntityManager, years: readonly number[]): Promise<void> {
    await em.query(`SET LOCAL gongkai.defer_rollups TO 'on'`);
    await em.query(`INSERT INTO metric_rollups_stale (year) SELECT DISTINCT unnest($1::int2[]) ORDER BY 1 ON CONFLICT DO NOTHING`, [years]);
  }

  /** Recompute the stale years; the lock makes trigger writers wait instead of adding to rows being rebuilt. */
  refreshStale(): Promise<number[]> {
    return this.db.transaction(async (em) => {
      await em.query(`LOCK TABLE metric_rollups IN EXCLUSIVE MODE`);
      const rows: { year: number }[] = await em.query(`SELECT year FROM metric_rollups_stale ORDER BY year FOR UPDATE`);
      const years = rows.map((r) => r.year);
      if (years.length === 0) return years;
      await em.query(`DELETE FROM metric_rollups WHERE year = ANY($1)`, [years]);
      await em.query(
        `INSERT INTO metric_rollups (metric, year, level, region_code, region_codes, agency_type, total, n, reports)
         SELECT m.metric, m.year, l.level, m.region_codes[l.level], m.region_codes[1:l.level], m.agency_type,
           coalesce(sum(m.value)::numeric, 0), count(m.value), count(*)
         FROM report_metrics m CROSS JOIN LATERAL generate_series(1, least(cardinality(m.region_codes), 2)) AS l(level)
         WHERE m.year = ANY($1)
         GROUP BY 1, 2, 3, 4, 5, 6`,
        [years],
      );
      await em.query(`DELETE FROM metric_rollups_stale WHERE year = ANY($1)`, [years]);
      return years;
    });
  }
}
