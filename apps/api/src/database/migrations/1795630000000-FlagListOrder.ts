import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Scale (issue 7): the flags list is ordered by (severity, year, id) over the flags of
 * current reports. Those three keys lived in two tables (severity on flags, year and status
 * on reports), so the first page had to sort every current flag. They now sit on `flags`
 * itself — `severity_rank` generated from `severity`, `year` and `current` copied from the
 * report — and one partial index in list order makes the first page an index scan.
 *
 * `year` and `current` are kept by triggers, so every writer (upload, bulk import, recheck,
 * workbench) stays correct without knowing about them: a flag takes its report's year and
 * status when inserted (unless the writer already supplies the year), and a report changing
 * status carries its flags along.
 */
export class FlagListOrder1795630000000 implements MigrationInterface {
  name = 'FlagListOrder1795630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE flags
        ADD COLUMN severity_rank int2 GENERATED ALWAYS AS (CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END) STORED,
        ADD COLUMN year int2,
        ADD COLUMN current boolean NOT NULL DEFAULT true;
      UPDATE flags f SET year = r.year, current = (r.status = 'current') FROM reports r WHERE r.id = f.report_id;
      ALTER TABLE flags ALTER COLUMN year SET NOT NULL;

      CREATE FUNCTION flags_from_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT r.year, r.status = 'current' INTO NEW.year, NEW.current FROM reports r WHERE r.id = NEW.report_id;
        RETURN NEW;
      END $$;
      -- Writers that know the report's year and status pass them and skip the lookup.
      CREATE TRIGGER flags_from_report BEFORE INSERT ON flags
        FOR EACH ROW WHEN (NEW.year IS NULL) EXECUTE FUNCTION flags_from_report();

      CREATE FUNCTION flags_follow_report_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE flags SET current = (NEW.status = 'current') WHERE report_id = NEW.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER flags_follow_report_status AFTER UPDATE OF status ON reports
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION flags_follow_report_status();

      -- List order; also serves per-year counts (B-tree skip scan over the three ranks).
      CREATE INDEX flags_list_idx ON flags (severity_rank, year DESC, id) INCLUDE (fingerprint, report_id) WHERE current;
      ANALYZE flags;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX flags_list_idx;
      DROP TRIGGER flags_follow_report_status ON reports; DROP FUNCTION flags_follow_report_status();
      DROP TRIGGER flags_from_report ON flags; DROP FUNCTION flags_from_report();
      ALTER TABLE flags DROP COLUMN current, DROP COLUMN year, DROP COLUMN severity_rank;
    `);
  }
}
