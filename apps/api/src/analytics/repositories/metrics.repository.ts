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

/** Dashboard queries: all read the report_metrics rollup (current reports only), never raw cells. */
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
      `SELECT count(*)::int AS n FROM flags fl JOIN reports r ON r.id = fl.report_id JOIN agencies a ON a.id = r.agency_id
       LEFT JOIN flag_reviews v ON v.fingerprint = fl.fingerprint
       WHERE r.status = 'current' AND r.year = $4 AND v.fingerprint IS NULL
         AND ($1::text[] IS NULL OR a.region_codes && $1) AND ($2::text[] IS NULL OR a.type = ANY($2)) AND ($3::int[] IS NULL OR r.agency_id = ANY($3))`,
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
