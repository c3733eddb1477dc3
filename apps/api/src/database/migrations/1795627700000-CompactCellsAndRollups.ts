import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Scale (issue 7): one row of parallel arrays per report instead of one row per cell
 * (≈200 rows per report → 1; ~12× smaller on disk), with a `cells` view so readers keep
 * their SQL; and `metric_rollups`, sums of report_metrics per (metric, year, province or city,
 * agency type), kept current by statement-level triggers on report_metrics so every
 * writer (single upload, bulk import, supersede) updates it set-based in its own transaction.
 */
export class CompactCellsAndRollups1795627700000 implements MigrationInterface {
  name = 'CompactCellsAndRollups1795627700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_cells (
        report_id int PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
        key_ids int2[] NOT NULL,
        vals float8[] NOT NULL,
        raws text[] NOT NULL,
        -- JSON text of each cell's source position: parsed only when a report is read
        pos text[] NOT NULL,
        invalid bool[] NOT NULL
      );
      INSERT INTO report_cells (report_id, key_ids, vals, raws, pos, invalid)
        SELECT report_id, array_agg(key_id ORDER BY key_id), array_agg(value ORDER BY key_id), array_agg(raw ORDER BY key_id),
          array_agg(pos::text ORDER BY key_id), array_agg(invalid ORDER BY key_id)
        FROM cells GROUP BY report_id;
      DROP TABLE cells;
      -- Same columns as the old table; WHERE report_id = … is pushed down to report_cells' key.
      CREATE VIEW cells AS
        SELECT rc.report_id, c.key_id, c.value, c.raw, c.pos::jsonb AS pos, c.invalid
        FROM report_cells rc CROSS JOIN LATERAL unnest(rc.key_ids, rc.vals, rc.raws, rc.pos, rc.invalid) AS c(key_id, value, raw, pos, invalid);

      -- Years whose rollups a bulk import left to recompute (set-based, at its end or at boot).
      CREATE TABLE metric_rollups_stale (year smallint PRIMARY KEY);

      CREATE TABLE metric_rollups (
        metric text NOT NULL,
        year smallint NOT NULL,
        -- 1 province, 2 city (county groups are small: they read report_metrics)
        level smallint NOT NULL,
        region_code text NOT NULL,
        -- the chain province → … → region_code, to filter by an ancestor
        region_codes text[] NOT NULL,
        agency_type text NOT NULL,
        total numeric NOT NULL DEFAULT 0,
        -- reports with a value (the sum is NULL when 0) and reports in the group
        n int NOT NULL DEFAULT 0,
        reports int NOT NULL DEFAULT 0,
        PRIMARY KEY (metric, year, level, region_code, agency_type)
      );
      INSERT INTO metric_rollups (metric, year, level, region_code, region_codes, agency_type, total, n, reports)
        SELECT m.metric, m.year, l.level, m.region_codes[l.level], m.region_codes[1:l.level], m.agency_type,
          coalesce(sum(m.value)::numeric, 0), count(m.value), count(*)
        FROM report_metrics m CROSS JOIN LATERAL generate_series(1, least(cardinality(m.region_codes), 2)) AS l(level)
        GROUP BY 1, 2, 3, 4, 5, 6;

      -- Set-based delta maintenance: one aggregate upsert per statement, rows in key order so
      -- concurrent writers lock shared groups in the same order.
      CREATE FUNCTION metric_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Bulk imports defer: they mark the year in metric_rollups_stale and recompute it at the end.
        IF current_setting('gongkai.defer_rollups', true) = 'on' THEN RETURN NULL; END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          INSERT INTO metric_rollups AS r (metric, year, level, region_code, region_codes, agency_type, total, n, reports)
          SELECT o.metric, o.year, l.level, o.region_codes[l.level], o.region_codes[1:l.level], o.agency_type,
            -coalesce(sum(o.value)::numeric, 0), -count(o.value), -count(*)
          FROM old_rows o CROSS JOIN LATERAL generate_series(1, least(cardinality(o.region_codes), 2)) AS l(level)
          GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 6
          ON CONFLICT (metric, year, level, region_code, agency_type) DO UPDATE
            SET total = r.total + EXCLUDED.total, n = r.n + EXCLUDED.n, reports = r.reports + EXCLUDED.reports;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO metric_rollups AS r (metric, year, level, region_code, region_codes, agency_type, total, n, reports)
          SELECT o.metric, o.year, l.level, o.region_codes[l.level], o.region_codes[1:l.level], o.agency_type,
            coalesce(sum(o.value)::numeric, 0), count(o.value), count(*)
          FROM new_rows o CROSS JOIN LATERAL generate_series(1, least(cardinality(o.region_codes), 2)) AS l(level)
          GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 6
          ON CONFLICT (metric, year, level, region_code, agency_type) DO UPDATE
            SET total = r.total + EXCLUDED.total, n = r.n + EXCLUDED.n, reports = r.reports + EXCLUDED.reports;
        END IF;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER report_metrics_rollup_ins AFTER INSERT ON report_metrics
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_rollups_apply();
      CREATE TRIGGER report_metrics_rollup_del AFTER DELETE ON report_metrics
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_rollups_apply();
      CREATE TRIGGER report_metrics_rollup_upd AFTER UPDATE ON report_metrics
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_rollups_apply();

      -- Rankings read the top of one (metric, year) in value order.
      CREATE INDEX report_metrics_rank_idx ON report_metrics (metric, year, value) INCLUDE (agency_id, agency_type) WHERE value IS NOT NULL;
      -- Flag lists and counts go from current reports of a year to their flags.
      CREATE INDEX flags_report_severity_idx ON flags (report_id, severity) INCLUDE (fingerprint);
      CREATE INDEX reports_current_year_agency_idx ON reports (year, agency_id) INCLUDE (id) WHERE status = 'current';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX reports_current_year_agency_idx; DROP INDEX flags_report_severity_idx; DROP INDEX report_metrics_rank_idx;
      DROP TRIGGER report_metrics_rollup_upd ON report_metrics; DROP TRIGGER report_metrics_rollup_del ON report_metrics;
      DROP TRIGGER report_metrics_rollup_ins ON report_metrics; DROP FUNCTION metric_rollups_apply(); DROP TABLE metric_rollups; DROP TABLE metric_rollups_stale;
      DROP VIEW cells;
      CREATE TABLE cells (
        report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key_id smallint NOT NULL REFERENCES cell_keys(id),
        value double precision,
        raw text NOT NULL,
        pos jsonb,
        invalid boolean NOT NULL DEFAULT false,
        PRIMARY KEY (report_id, key_id)
      );
      INSERT INTO cells SELECT rc.report_id, c.key_id, c.value, c.raw, c.pos::jsonb, c.invalid
        FROM report_cells rc CROSS JOIN LATERAL unnest(rc.key_ids, rc.vals, rc.raws, rc.pos, rc.invalid) AS c(key_id, value, raw, pos, invalid);
      DROP TABLE report_cells;
    `);
  }
}
