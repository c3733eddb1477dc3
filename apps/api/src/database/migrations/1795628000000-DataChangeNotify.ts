import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Every table whose rows change a dashboard answer (reads, counts, sums, flags, corrections, thresholds). */
export const DATA_TABLES = [
  'regions', 'agencies', 'reports', 'report_cells', 'report_metrics', 'metric_rollups', 'cell_keys',
  'flags', 'flag_reviews', 'cell_corrections', 'review_settings',
] as const;

/** The channel the API's result cache listens on. */
export const DATA_CHANNEL = 'gongkai_data_changed';

/**
 * Scale (issue 7): the API caches dashboard answers and drops them when the data changes, in
 * any process (API, import CLI, another API behind the same database). Statement-level triggers
 * on every table that feeds an answer send one empty notification; PostgreSQL folds identical
 * notifications of a transaction into one and delivers it at commit, so an import batch of
 * hundreds of reports costs one message, and a rolled-back write none.
 *
 * Also: the previous-year lookup of a report's detail (`agency_id = … AND year = … AND current`)
 * was planned on `reports_year_current_idx (year)` when statistics were missing (right after a
 * bulk import), scanning every current report of the year. `reports_current_year_agency_idx
 * (year, agency_id) INCLUDE (id)` has the same leading column and predicate, so the narrower
 * index only ever offered that wrong plan: dropped.
 */
export class DataChangeNotify1795628000000 implements MigrationInterface {
  name = 'DataChangeNotify1795628000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION gongkai_data_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_notify('${DATA_CHANNEL}', '');
        RETURN NULL;
      END
      $fn$;
      ${DATA_TABLES.map((t) => `CREATE TRIGGER ${t}_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t}
        FOR EACH STATEMENT EXECUTE FUNCTION gongkai_data_changed();`).join('\n      ')}
      DROP INDEX reports_year_current_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX reports_year_current_idx ON reports (year) WHERE status = 'current';
      ${DATA_TABLES.map((t) => `DROP TRIGGER ${t}_data_changed ON ${t};`).join(' ')}
      DROP FUNCTION gongkai_data_changed();
    `);
  }
}
