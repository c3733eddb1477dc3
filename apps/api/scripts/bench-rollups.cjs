// Dashboard queries at scale: 15,000 agencies × 7 years = 105,000 synthetic reports (3 M rollup rows)
// in a throwaway embedded PostgreSQL, then each analytics query timed. Run after `nx run api:build`:
//   node apps/api/scripts/bench-rollups.cjs
require('reflect-metadata');
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require('../dist/app.module');
const { startEmbeddedDatabase } = require('../dist/database/embedded/embedded-database');
const { AnalyticsService } = require('../dist/analytics/services/analytics.service');
const { FlagsService } = require('../dist/flags/services/flags.service');
const { ReportsService } = require('../dist/reports/services/reports.service');
const { DataSource } = require('typeorm');
const { METRICS } = require('@gongkai/report-format');
(async () => {
  const dir = '/tmp/gk-scale-' + process.pid;
  const db = await startEmbeddedDatabase({ dataDir: dir, port: 54394, throwaway: true });
  Object.assign(process.env, { DATA_DIR: dir, DEMO_DATA: 'false', EMIT_SCHEMA: 'false' });
  const app = await NestFactory.create(AppModule.forRoot(db.url), { logger: ['error'] });
  await app.init();
  const ds = app.get(DataSource);
  let t = Date.now();
  await ds.query(`INSERT INTO regions SELECT lpad(p::text, 2, '0') || '0000', 'P' || p, 1, NULL, 'P' || p FROM generate_series(11, 41) p`);
  await ds.query(`INSERT INTO regions SELECT lpad(p::text, 2, '0') || lpad(c::text, 2, '0') || '00', 'C' || c, 2, lpad(p::text, 2, '0') || '0000', 'P' || p || 'C' || c FROM generate_series(11, 41) p, generate_series(1, 10) c`);
  await ds.query(`INSERT INTO agencies (name, name_key, region_code, region_codes, level, type)
    SELECT 'A' || i, 'A' || i, lpad((11 + i % 31)::text, 2, '0') || lpad((1 + i % 10)::text, 2, '0') || '00',
      ARRAY[lpad((11 + i % 31)::text, 2, '0') || '0000', lpad((11 + i % 31)::text, 2, '0') || lpad((1 + i % 10)::text, 2, '0') || '00'],
      'city', (ARRAY['publicSecurity','education','health','finance','government'])[1 + i % 5] FROM generate_series(1, 15000) i`);
  await ds.query(`INSERT INTO reports (agency_id, year, template, layout, file_name, content_hash, source_bytes, source_text, status, title, error_count)
    SELECT a.id, y, '2021', 'text', a.name || y, md5(a.id || '-' || y), '\\x00', '', 'current', a.name, (random() * 2)::int FROM agencies a, generate_series(2019, 2025) y`);
  await ds.query(`INSERT INTO report_metrics (report_id, agency_id, region_codes, agency_type, year, metric, value)
    SELECT r.id, r.agency_id, a.region_codes, a.type, r.year, m, (random() * 1000)::int FROM reports r JOIN agencies a ON a.id = r.agency_id, unnest($1::text[]) m`, [METRICS.map((m) => m.id)]);
  await ds.query(`INSERT INTO flags (report_id, code, severity, scope, message_zh, message_en, fingerprint)
    SELECT r.id, (ARRAY['T3_ROW_TOTAL','CELL_BLANK','YOY_OUTLIER'])[1 + k], (ARRAY['error','warning','info'])[1 + k], 'report', 'x', 'x', md5(r.id || '-' || k) FROM reports r, generate_series(0, 2) k WHERE random() < 0.3`);
  await ds.query('VACUUM ANALYZE');
  const counts = await ds.query(`SELECT (SELECT count(*) FROM reports) reports, (SELECT count(*) FROM report_metrics) metrics, (SELECT count(*) FROM flags) flags`);
  console.log('loaded', counts[0], 'in', Date.now() - t, 'ms');
  const a = app.get(AnalyticsService), f = app.get(FlagsService), r = app.get(ReportsService);
  const time = async (name, fn) => { await fn(); const t0 = Date.now(); for (let i = 0; i < 3; i++) await fn(); console.log(name.padEnd(44), ((Date.now() - t0) / 3).toFixed(0), 'ms'); };
  await time('trend requests.received YEAR', () => a.trend('requests.received', 2019, 2025, 'YEAR', null, 10));
  await time('trend disclosureRate (ratio) REGION', () => a.trend('requests.disclosureRate', 2019, 2025, 'REGION', null, 10));
  await time('trend AGENCY_TYPE, province filter', () => a.trend('requests.received', 2019, 2025, 'AGENCY_TYPE', { regionCodes: ['120000'] }, 10));
  await time('trend AGENCY top 10', () => a.trend('requests.received', 2019, 2025, 'AGENCY', null, 10));
  await time('ranking 2024 top 20', () => a.ranking('requests.received', 2024, null, 'DESC', 20));
  await time('overview 2024 (8 KPIs)', () => a.overview(2024, null));
  await time('flagCounts 2019-2025', () => f.counts(2019, 2025, null));
  await time('flags OPEN errors, first 50', () => f.list({ severities: ['ERROR'], statuses: ['OPEN'] }, 50, null));
  await time('reports page 1 (sort FLAGS) + count', () => r.list(null, 'FLAGS', 'DESC', 20, null));
  await time('reports search + region filter', () => r.list({ search: 'A123', regionCodes: ['120000'] }, 'YEAR', 'DESC', 20, null));
  await app.close(); await db.stop();
})();
