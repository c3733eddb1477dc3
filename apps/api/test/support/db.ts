import { Client } from 'pg';
import { inject } from 'vitest';

/** Row counts of every table ingestion writes, read straight from the test database. */
export async function tableCounts(): Promise<Record<string, number>> {
  const client = new Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of ['regions', 'agencies', 'reports', 'cells', 'report_metrics', 'flags', 'flag_reviews']) {
      out[t] = Number((await client.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    }
    return out;
  } finally {
    await client.end();
  }
}
