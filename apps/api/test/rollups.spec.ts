import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

// The storage invariants of issue 7, checked on the test database after the demo data's bulk
// import (deferred rollups, recomputed at its end) and whatever other specs uploaded (triggers).
describe('compact cells and metric rollups', () => {
  const db = new Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => db.connect());
  afterAll(() => db.end());

  it('keeps metric_rollups equal to the sums of report_metrics for provinces and cities', async () => {
    const diff = await db.query(`
      WITH want AS (
        SELECT m.metric, m.year, l.level, m.region_codes[l.level] AS region_code, m.agency_type,
          coalesce(sum(m.value)::numeric, 0) AS total, count(m.value)::int AS n, count(*)::int AS reports
        FROM report_metrics m CROSS JOIN LATERAL generate_series(1, least(cardinality(m.region_codes), 2)) AS l(level)
        GROUP BY 1, 2, 3, 4, 5),
      have AS (SELECT metric, year, level, region_code, agency_type, total, n, reports FROM metric_rollups WHERE reports <> 0 OR n <> 0 OR total <> 0)
      SELECT * FROM (SELECT * FROM want EXCEPT SELECT * FROM have) a
      UNION ALL SELECT * FROM (SELECT * FROM have EXCEPT SELECT * FROM want) b`);
    expect(diff.rows).toEqual([]);
    const sizes = await db.query(`SELECT (SELECT count(*)::int FROM metric_rollups) AS rollups, (SELECT count(*)::int FROM metric_rollups_stale) AS stale`);
    expect(sizes.rows[0].rollups).toBeGreaterThan(100);
    expect(sizes.rows[0].stale).toBe(0);
  });

  it('stores one cell row per report and gives the same cells through the cells view', async () => {
    const r = await db.query(`SELECT (SELECT count(*)::int FROM reports) AS reports, (SELECT count(*)::int FROM report_cells) AS stored,
      (SELECT sum(cardinality(key_ids))::int FROM report_cells) AS cells, (SELECT count(*)::int FROM cells) AS viewed,
      (SELECT count(*)::int FROM report_cells WHERE cardinality(key_ids) <> cardinality(vals) OR cardinality(key_ids) <> cardinality(raws)
         OR cardinality(key_ids) <> cardinality(pos) OR cardinality(key_ids) <> cardinality(invalid)) AS ragged`);
    const row = r.rows[0];
    expect(row.stored).toBe(row.reports);
    expect(row.viewed).toBe(row.cells);
    expect(row.cells).toBeGreaterThan(row.reports * 50);
    expect(row.ragged).toBe(0);
    // Positions are JSON, read back as objects through the view.
    const pos = await db.query(`SELECT pos FROM cells WHERE pos IS NOT NULL LIMIT 1`);
    expect(typeof pos.rows[0].pos).toBe('object');
  });

  it('keeps facts for current reports only, one current report per agency-year', async () => {
    const r = await db.query(`SELECT
      (SELECT count(*)::int FROM report_metrics m JOIN reports r ON r.id = m.report_id WHERE r.status <> 'current') AS stale_facts,
      (SELECT count(DISTINCT report_id)::int FROM report_metrics) AS with_facts,
      (SELECT count(*)::int FROM reports WHERE status = 'current') AS current`);
    expect(r.rows[0].stale_facts).toBe(0);
    expect(r.rows[0].with_facts).toBe(r.rows[0].current);
  });
  it('keeps each flag\'s list keys (year, current, severity rank) equal to its report\'s, whoever wrote it', async () => {
    const r = await db.query(`SELECT
      (SELECT count(*)::int FROM flags f JOIN reports r ON r.id = f.report_id
         WHERE f.year <> r.year OR f.current <> (r.status = 'current')
           OR f.severity_rank <> CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END) AS drifted,
      (SELECT count(*)::int FROM flags WHERE NOT current) AS history,
      (SELECT count(*)::int FROM flags) AS flags`);
    expect(r.rows[0].flags).toBeGreaterThan(100);
    expect(r.rows[0].history).toBeGreaterThan(0); // superseded versions keep their flags, out of the list
    expect(r.rows[0].drifted).toBe(0);
    // The list's order on flags alone is the order defined over flags joined with their reports.
    const fast = await db.query(`SELECT id FROM flags WHERE current ORDER BY severity_rank, year DESC, id LIMIT 200`);
    const slow = await db.query(`SELECT f.id FROM flags f JOIN reports r ON r.id = f.report_id WHERE r.status = 'current'
      ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, r.year DESC, f.id LIMIT 200`);
    expect(fast.rows).toEqual(slow.rows);
  });
  it('removes a report\'s facts with the report (no foreign key on the fact table, a trigger instead)', async () => {
    await db.query('BEGIN');
    try {
      const r = await db.query(`SELECT r.id FROM reports r WHERE r.status = 'current'
        AND NOT EXISTS (SELECT 1 FROM reports n WHERE n.previous_version_id = r.id) ORDER BY r.id LIMIT 1`);
      const id = r.rows[0].id;
      expect((await db.query(`SELECT count(*)::int AS n FROM report_metrics WHERE report_id = $1`, [id])).rows[0].n).toBeGreaterThan(10);
      await db.query(`DELETE FROM reports WHERE id = $1`, [id]);
      expect((await db.query(`SELECT count(*)::int AS n FROM report_metrics WHERE report_id = $1`, [id])).rows[0].n).toBe(0);
    } finally {
      await db.query('ROLLBACK');
    }
  });
});
