import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type Filter = { regionCodes: string[] | null; agencyTypes: string[] | null; agencyIds: number[] | null };
export type SumRow = { key: string; year: number; metric: string; value: number | null };
/** What a series is keyed by; the SQL is whitelisted here, never taken from a request. */
export type Grouping = { kind: 'all' } | { kind: 'region'; level: number } | { kind: 'type' } | { kind: 'agency' };

const groupSql = (g: Grouping): string => {
  switch (g.kind) {
    case 'all': return `'all'`;
    case 'region': return `m.region_codes[${Math.trunc(g.level)}]`;
    case 'type': return 'm.agency_type';
    case 'agency': return 'm.agency_id::text';
  }
};

// $1 regions, $2 types, $3 agencies: the MetricFilter on the rollup's own columns.
const FILTER = `($1::text[] IS NULL OR m.region_codes && $1) AND ($2::text[] IS NULL OR m.agency_type = ANY($2)) AND ($3::int[] IS NULL OR m.agency_id = ANY($3))`;
const fp = (f: Filter) => [f.regionCodes, f.agencyTypes, f.agencyIds];

/** How a rollup read is keyed: one region level of metric_rollups, filtered on one level. */
export type RollupGrouping = { kind: 'all' } | { kind: 'type' } | { kind: 'region' };
export type RollupScope = { level: number; filterLevel: number | null; regionCodes: string[] | null; agencyTypes: string[] | null };

const rollupKey = (g: RollupGrouping): string => (g.kind === 'all' ? `'all'` : g.kind === 'type' ? 'm.agency_type' : 'm.region_code');
// $1 metrics, $2..$3 years, $4 level, $5 region codes on level $6, $7 agency types.
const ROLLUP_WHERE = `m.metric = ANY($1) AND m.year BETWEEN $2 AND $3 AND m.level = $4
  AND ($5::text[] IS NULL OR m.region_codes[$6::int] = ANY($5)) AND ($7::text[] IS NULL OR m.agency_type = ANY($7))`;
const rollupParams = (metrics: string[], fromYear: number, toYear: number, s: RollupScope) =>
  [metrics, fromYear, toYear, s.level, s.regionCodes, s.filterLevel ?? 1, s.agencyTypes];

/**
 * Dashboard queries: sums by year, region and agency type read metric_rollups (a few hundred
 * rows per query); per-agency series and rankings read report_metrics (current reports only)
 * through its indexes; never raw cells.
 */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  sums(metrics: string[], fromYear: number, toYear: number, group: Grouping, f: Filter): Promise<SumRow[]> {
    const g = groupSql(group);
    return this.db.query(
      `SELECT ${g} AS key, m.year, m.metric, sum(m.value) AS value FROM report_metrics m
       WHERE m.metric = ANY($4) AND m.year BETWEEN $5 AND $6 AND ${FILTER} AND ${g} IS NOT NULL
       GROUP BY 1, m.year, m.metric`,
      [...fp(f), metrics, fromYear, toYear],
    );
  }

  /** Sums from metric_rollups (every report counted once: all rows are of one region level). */
  rollupSums(metrics: string[], fromYear: number, toYear: number, group: RollupGrouping, s: RollupScope): Promise<SumRow[]> {
    const k = rollupKey(group);
    return this.db.query(
      `SELECT ${k} AS key, m.year, m.metric, CASE WHEN sum(m.n) > 0 THEN sum(m.total)::float8 END AS value FROM metric_rollups m
       WHERE ${ROLLUP_WHERE} GROUP BY 1, m.year, m.metric HAVING sum(m.reports) > 0`,
      rollupParams(metrics, fromYear, toYear, s),
    );
  }

  /** Current reports (= agencies: one current report per agency-year) of a year, from the rollup. */
  async rollupCount(year: number, s: RollupScope): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT coalesce(sum(m.reports), 0)::int AS n FROM metric_rollups m WHERE ${ROLLUP_WHERE}`,
      rollupParams(['requests.received'], year, year, s),
    );
    return rows[0].n;
  }

  /**
   * Series of the `limit` agencies with the largest weight (Σ of the weight metrics over the
   * years), ranked in SQL so only their rows leave the database. Ties: agency id as text.
   */
  topAgencySums(metrics: string[], weightMetrics: string[], fromYear: number, toYear: number, f: Filter, limit: number): Promise<SumRow[]> {
    return this.db.query(
      `WITH top AS (
         SELECT m.agency_id FROM report_metrics m
         WHERE m.metric = ANY($4) AND m.year BETWEEN $5 AND $6 AND ${FILTER}
         GROUP BY m.agency_id ORDER BY coalesce(sum(m.value) FILTER (WHERE m.metric = ANY($7)), 0) DESC, m.agency_id::text COLLATE "C" LIMIT $8)
       SELECT m.agency_id::text AS key, m.year, m.metric, sum(m.value) AS value
       FROM report_metrics m JOIN top USING (agency_id)
       WHERE m.metric = ANY($4) AND m.year BETWEEN $5 AND $6 AND ${FILTER}
       GROUP BY 1, m.year, m.metric`,
      [...fp(f), metrics, fromYear, toYear, weightMetrics, limit],
    );
  }

  /** Level of each known region code (codes not in the directory are left out). */
  async regionLevels(codes: string[]): Promise<Map<string, number>> {
    const rows: { code: string; level: number }[] = await this.db.query(`SELECT code, level FROM regions WHERE code = ANY($1)`, [codes]);
    return new Map(rows.map((r) => [r.code, r.level]));
  }

  ranking(metric: string, year: number, f: Filter, ascending: boolean, limit: number): Promise<{ agencyId: number; value: number }[]> {
    return this.db.query(
      `SELECT m.agency_id AS "agencyId", m.value FROM report_metrics m
       WHERE m.metric = $4 AND m.year = $5 AND m.value IS NOT NULL AND ${FILTER}
       ORDER BY m.value ${ascending ? 'ASC' : 'DESC'}, m.agency_id LIMIT $6`,
      [...fp(f), metric, year, limit],
    );
  }

  async counts(year: number, f: Filter): Promise<{ reports: number; agencies: number }> {
    const rows: { reports: number; agencies: number }[] = await this.db.query(
      `SELECT count(DISTINCT m.report_id)::int AS reports, count(DISTINCT m.agency_id)::int AS agencies FROM report_metrics m
       WHERE m.metric = 'requests.received' AND m.year = $4 AND ${FILTER}`,
      [...fp(f), year],
    );
    return rows[0];
  }

  async openFlags(year: number, f: Filter): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM flags fl LEFT JOIN flag_reviews v ON v.fingerprint = fl.fingerprint
       WHERE fl.current AND fl.year = $4 AND v.fingerprint IS NULL
         AND (($1::text[] IS NULL AND $2::text[] IS NULL AND $3::int[] IS NULL) OR EXISTS (
           SELECT 1 FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = fl.report_id
             AND ($1::text[] IS NULL OR a.region_codes && $1) AND ($2::text[] IS NULL OR a.type = ANY($2)) AND ($3::int[] IS NULL OR r.agency_id = ANY($3))))`,
      [...fp(f), year],
    );
    return rows[0].n;
  }

  /** Level of the deepest of the given regions (1 province, 2 city, 3 county); 0 when none. */
  async deepestLevel(codes: string[]): Promise<number> {
    const rows: { level: number | null }[] = await this.db.query(`SELECT max(level)::int AS level FROM regions WHERE code = ANY($1)`, [codes]);
    return rows[0]?.level ?? 0;
  }
}
