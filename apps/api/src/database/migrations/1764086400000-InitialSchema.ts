import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The whole model: regions, agencies, reports with their cells (keyed by a smallint from
 * cell_keys), pre-aggregated metrics for the dashboard, flags and their reviews, users, audit.
 */
export class InitialSchema1764086400000 implements MigrationInterface {
  name = 'InitialSchema1764086400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        code text PRIMARY KEY,
        name text NOT NULL,
        level smallint NOT NULL,
        parent_code text REFERENCES regions(code),
        full_name text NOT NULL
      );
      CREATE INDEX regions_parent_idx ON regions (parent_code);

      CREATE TABLE agencies (
        id serial PRIMARY KEY,
        name text NOT NULL,
        name_key text NOT NULL,
        region_code text NOT NULL REFERENCES regions(code),
        region_codes text[] NOT NULL,
        level text NOT NULL,
        type text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agencies_region_name_uq UNIQUE (region_code, name_key)
      );
      CREATE INDEX agencies_region_codes_idx ON agencies USING gin (region_codes);
      CREATE INDEX agencies_type_idx ON agencies (type);

      CREATE TABLE reports (
        id serial PRIMARY KEY,
        agency_id int NOT NULL REFERENCES agencies(id),
        year smallint NOT NULL,
        template text NOT NULL,
        layout text NOT NULL,
        file_name text NOT NULL,
        content_hash text NOT NULL CONSTRAINT reports_content_hash_uq UNIQUE,
        source_bytes bytea NOT NULL,
        source_text text NOT NULL,
        published_at date,
        status text NOT NULL CHECK (status IN ('current', 'superseded')),
        previous_version_id int REFERENCES reports(id),
        title text NOT NULL,
        sections jsonb NOT NULL DEFAULT '[]',
        parse_notes jsonb NOT NULL DEFAULT '[]',
        error_count int NOT NULL DEFAULT 0,
        warning_count int NOT NULL DEFAULT 0,
        info_count int NOT NULL DEFAULT 0,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        ingested_by text
      );
      -- Documents are mostly compressed already (docx, pdf): store them without another pglz pass.
      ALTER TABLE reports ALTER COLUMN source_bytes SET STORAGE EXTERNAL;
      CREATE UNIQUE INDEX reports_current_uq ON reports (agency_id, year) WHERE status = 'current';
      CREATE INDEX reports_agency_year_idx ON reports (agency_id, year);
      CREATE INDEX reports_year_current_idx ON reports (year) WHERE status = 'current';

      CREATE TABLE cell_keys (
        id smallserial PRIMARY KEY,
        key text NOT NULL CONSTRAINT cell_keys_key_uq UNIQUE
      );

      CREATE TABLE cells (
        report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key_id smallint NOT NULL REFERENCES cell_keys(id),
        value double precision,
        raw text NOT NULL,
        pos jsonb,
        invalid boolean NOT NULL DEFAULT false,
        PRIMARY KEY (report_id, key_id)
      );

      CREATE TABLE report_metrics (
        report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        agency_id int NOT NULL REFERENCES agencies(id),
        region_codes text[] NOT NULL,
        agency_type text NOT NULL,
        year smallint NOT NULL,
        metric text NOT NULL,
        value double precision,
        PRIMARY KEY (report_id, metric)
      );
      CREATE INDEX report_metrics_metric_year_idx ON report_metrics (metric, year) INCLUDE (value, agency_id, agency_type);
      CREATE INDEX report_metrics_regions_idx ON report_metrics USING gin (region_codes);
      CREATE INDEX report_metrics_agency_idx ON report_metrics (agency_id, metric, year);

      CREATE TABLE flags (
        id serial PRIMARY KEY,
        report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        code text NOT NULL,
        severity text NOT NULL,
        scope text NOT NULL,
        cells text[] NOT NULL DEFAULT '{}',
        expected jsonb,
        actual jsonb,
        message_zh text NOT NULL,
        message_en text NOT NULL,
        fingerprint text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT flags_report_fingerprint_uq UNIQUE (report_id, fingerprint)
      );
      CREATE INDEX flags_code_idx ON flags (code, severity);

      CREATE TABLE flag_reviews (
        fingerprint text PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'DISMISSED')),
        reviewer text NOT NULL,
        note text,
        reviewed_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id serial PRIMARY KEY,
        email text NOT NULL CONSTRAINT users_email_uq UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('VIEWER', 'ANALYST', 'SUPERVISOR', 'ADMIN')),
        region_codes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        detail jsonb
      );
      CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_log; DROP TABLE users; DROP TABLE flag_reviews; DROP TABLE flags;
      DROP TABLE report_metrics; DROP TABLE cells; DROP TABLE cell_keys; DROP TABLE reports;
      DROP TABLE agencies; DROP TABLE regions;
    `);
  }
}
