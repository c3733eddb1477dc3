import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Scale (issue 7): `report_metrics` is a fact table derived from `reports` (29 rows per
 * report). Its `agency_id` is copied from the report, whose own foreign key already
 * guarantees the agency; checking it again per fact row cost a quarter of the insert time
 * of a bulk import. The `report_id` key stays: deleting a report still removes its facts.
 */
export class LeanerMetricFacts1795630100000 implements MigrationInterface {
  name = 'LeanerMetricFacts1795630100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_metrics DROP CONSTRAINT IF EXISTS report_metrics_agency_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_metrics ADD CONSTRAINT report_metrics_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agencies(id)`);
  }
}
