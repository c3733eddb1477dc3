// The same dashboard answers computed from the raw cells (the `cells` view over report_cells)
// without any rollup: what every query would cost without report_metrics / metric_rollups.
import { findMetric } from '@gongkai/report-format';

const baseIds = (id) => { const m = findMetric(id); return m.kind === 'sum' ? [m.id] : [...new Set([...m.numerator, ...m.denominator])]; };

/** (template, key id, metric) for every source cell of the given sum metrics, from the catalog. */
async function sources(db, metricIds) {
  const ids = new Map((await db.query('SELECT id, key FROM cell_keys')).rows.map((r) => [r.key, r.id]));
  const t = [], k = [], m = [];
  for (const id of metricIds) {
    for (const [template, keys] of Object.entries(findMetric(id).sources)) {
      for (const key of keys ?? []) if (ids.has(key)) { t.push(template); k.push(ids.get(key)); m.push(id); }
    }
  }
  return [t, k, m];
}

// Per current report and metric: Σ of its source cells (as computeMetrics does), then grouped.
const PER_REPORT = `WITH src(template, key_id, metric) AS (SELECT * FROM unnest($1::text[], $2::int2[], $3::text[])),
  per AS (
    SELECT r.id, r.year, r.agency_id, a.region_codes, a.type, s.metric, sum(coalesce(c.value, 0)) AS v
    FROM reports r JOIN agencies a ON a.id = r.agency_id JOIN cells c ON c.report_id = r.id
    JOIN src s ON s.template = r.template AND s.key_id = c.key_id
    WHERE r.status = 'current' AND r.year BETWEEN $4 AND $5 AND ($6::int[] IS NULL OR r.agency_id = ANY($6))
    GROUP BY 1, 2, 3, 4, 5, 6)`;

export async function naiveQuery(db, name, a) {
  const run = async (metricIds, from, to, select, agencyIds = null) => {
    const base = [...new Set(metricIds.flatMap(baseIds))];
    return (await db.query(`${PER_REPORT} ${select}`, [...(await sources(db, base)), from, to, agencyIds])).rows;
  };
  switch (name) {
    case 'overview':
      // One client: the three parts one after the other.
      return [
        await run(['requests.received', 'requests.processed', 'requests.disclosureRate', 'requests.denialRate', 'fees.amount', 'review.total', 'litigation.total', 'review.correctionRate'],
          a.year - 1, a.year, 'SELECT year, metric, sum(v) FROM per GROUP BY 1, 2'),
        await run(['requests.received'], a.year, a.year, 'SELECT region_codes[1] AS key, sum(v) FROM per GROUP BY 1'),
        await db.query(`SELECT count(*) FROM reports WHERE status = 'current' AND year = $1`, [a.year]),
      ];
    case 'trend.YEAR': return run([a.metric], 2019, 2025, 'SELECT year, metric, sum(v) FROM per GROUP BY 1, 2');
    case 'trend.REGION': return run([a.metric], 2019, 2025, 'SELECT region_codes[1] AS key, year, metric, sum(v) FROM per GROUP BY 1, 2, 3');
    case 'trend.AGENCY': return run([a.metric], 2019, 2025,
      `, top AS (SELECT agency_id FROM per GROUP BY 1 ORDER BY sum(v) DESC, agency_id::text LIMIT 10)
       SELECT agency_id, year, metric, sum(v) FROM per JOIN top USING (agency_id) GROUP BY 1, 2, 3`);
    case 'compare': return run(['requests.received', 'requests.disclosureRate'], 2019, 2025, 'SELECT agency_id, year, metric, sum(v) FROM per GROUP BY 1, 2, 3', a.agencyIds);
    case 'ranking': return run(['requests.received'], a.year, a.year, 'SELECT agency_id, sum(v) AS v FROM per GROUP BY 1 ORDER BY v DESC, agency_id LIMIT 20');
    default: return null;
  }
}
