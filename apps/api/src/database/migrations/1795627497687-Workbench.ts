import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The supervisor's workbench: corrected cells (every version kept, keyed by the document's
 * hash so a correction survives rechecks and re-ingesting the same bytes), the agency
 * directory's parent agency, and one row of review settings (risk thresholds).
 */
export class Workbench1795627497687 implements MigrationInterface {
  name = 'Workbench1795627497687';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cell_corrections (
        id serial PRIMARY KEY,
        content_hash text NOT NULL,
        key text NOT NULL,
        report_id int REFERENCES reports(id) ON DELETE SET NULL,
        original_value double precision,
        original_raw text NOT NULL,
        previous_value double precision,
        value double precision,
        reason text NOT NULL,
        corrected_by text NOT NULL,
        corrected_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX cell_corrections_doc_idx ON cell_corrections (content_hash, key, id);

      ALTER TABLE agencies ADD COLUMN parent_id int REFERENCES agencies(id) ON DELETE SET NULL;

      CREATE TABLE review_settings (
        id smallint PRIMARY KEY CHECK (id = 1),
        risk_thresholds jsonb NOT NULL DEFAULT '{}',
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_settings; ALTER TABLE agencies DROP COLUMN parent_id; DROP TABLE cell_corrections;`);
  }
}
