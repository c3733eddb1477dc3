import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Scale (issue 7): `report_metrics` is a fact table derived from `reports` (29 rows per
 * report), written only in the transaction that writes its report. Checking its two foreign
 * keys row by row cost ~40 % of a bulk import's inserts into it: `agency_id` is copied from
 * the report, whose own key already guarantees the agency, and `report_id` is the report
 * just inserted. What the report key gave beyond that — facts leave with their report — is
 * kept by one statement-level trigger on `reports`.
 *
 * `deferred_indexes` holds the secondary indexes a large bulk import dropped and must build
 * again at its end (or, if it died, at the next start): see IndexSuspension.
 */
export class LeanerMetricFacts1795630100000 implements MigrationInterface {
  name = 'LeanerMetricFacts1795630100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_metrics DROP CONSTRAINT IF EXISTS report_metrics_agency_id_fkey;
      ALTER TABLE report_metrics DROP CONSTRAINT IF EXISTS report_metrics_report_id_fkey;
      CREATE FUNCTION report_metrics_follow_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM report_metrics WHERE report_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$;
      CREATE TRIGGER report_metrics_follow_delete AFTER DELETE ON reports
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION report_metrics_follow_delete();

      CREATE TABLE deferred_indexes (
        name text PRIMARY KEY,
        definition text NOT NULL,
        deferred_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE deferred_indexes;
      DROP TRIGGER report_metrics_follow_delete ON reports; DROP FUNCTION report_metrics_follow_delete();
      DELETE FROM report_metrics m WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = m.report_id);
      ALTER TABLE report_metrics ADD CONSTRAINT report_metrics_report_id_fkey FOREIGN KEY (report_id) REFERENCES reports(id) ON DELETE CASCADE;
      ALTER TABLE report_metrics ADD CONSTRAINT report_metrics_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agencies(id);
    `);
  }
}
