import { ReviewInputError } from '../errors';
import { deadlineOf, isoDate } from '../util/dates';

export type RegionRef = { code: string; name: string; parent: string | null };
export type AgencyRef = { id: string; name: string; region: string };
export type ReportRef = { agencyId: string; year: number; publishedAt: string | null };

export type CoverageCounts = {
  /** Agencies that must publish (every agency of the subtree). */
  agencies: number;
  published: number;
  onTime: number;
  late: number;
  /** Published, date unknown. */
  undated: number;
  missing: number;
};

export type CoverageNode = {
  code: string;
  name: string;
  /** Over the whole subtree. */
  counts: CoverageCounts;
  /** Agencies of the subtree without a report for the year, by name. */
  missing: AgencyRef[];
  children: CoverageNode[];
};

export type CoverageTree = { year: number; deadline: string; totals: CoverageCounts; roots: CoverageNode[] };

const zero = (): CoverageCounts => ({ agencies: 0, published: 0, onTime: 0, late: 0, undated: 0, missing: 0 });
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh') || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Who published the year's report on time (by 31 January of the next year), late, or not
 * at all, per node of the region tree; counts add up the subtree. An agency with several
 * reports for the year counts once, by its earliest known date.
 */
export function coverageTree(regions: readonly RegionRef[], agencies: readonly AgencyRef[], reports: readonly ReportRef[], year: number): CoverageTree {
  if (!Number.isInteger(year)) throw new ReviewInputError(`year ${String(year)} is not a whole number`, 'coverageTree');
  const deadline = deadlineOf(year);
  const nodes = new Map<string, CoverageNode & { parent: string | null }>();
  for (const r of regions) {
    if (nodes.has(r.code)) throw new ReviewInputError(`region ${r.code} appears twice`, 'coverageTree regions');
    nodes.set(r.code, { code: r.code, name: r.name, parent: r.parent, counts: zero(), missing: [], children: [] });
  }
  for (const n of nodes.values()) {
    if (n.parent != null && !nodes.has(n.parent)) throw new ReviewInputError(`parent ${n.parent} of region ${n.code} is not in the list`, 'coverageTree regions');
    // A cycle would loop for ever below: walk up at most |regions| steps.
    let p = n.parent;
    for (let steps = 0; p != null; steps++) {
      if (steps > nodes.size) throw new ReviewInputError(`region ${n.code} is in a cycle of parents`, 'coverageTree regions');
      p = nodes.get(p)!.parent;
    }
  }

  // The earliest date per agency; "published, date unknown" only when no report has a date.
  const status = new Map<string, { date: string | null }>();
  reports.forEach((r, i) => {
    if (r.year !== year) return;
    const date = r.publishedAt == null ? null : isoDate(r.publishedAt, `coverageTree reports[${i}].publishedAt`);
    const seen = status.get(r.agencyId);
    if (!seen) status.set(r.agencyId, { date });
    else if (date != null && (seen.date == null || date < seen.date)) seen.date = date;
  });

  const seenAgency = new Set<string>();
  for (const a of agencies) {
    if (seenAgency.has(a.id)) throw new ReviewInputError(`agency ${a.id} appears twice`, 'coverageTree agencies');
    seenAgency.add(a.id);
    const home = nodes.get(a.region);
    if (!home) throw new ReviewInputError(`region ${a.region} of agency ${a.id} (${a.name}) is not in the list`, 'coverageTree agencies');
    const s = status.get(a.id);
    for (let n: (typeof home) | undefined = home; n; n = n.parent == null ? undefined : nodes.get(n.parent)) {
      const c = n.counts;
      c.agencies++;
      if (!s) {
        c.missing++;
        n.missing.push(a);
      } else {
        c.published++;
        if (s.date == null) c.undated++;
        else if (s.date <= deadline) c.onTime++;
        else c.late++;
      }
    }
  }

  const roots: CoverageNode[] = [];
  for (const n of nodes.values()) (n.parent == null ? roots : nodes.get(n.parent)!.children).push(n);
  const finish = (n: CoverageNode & { parent?: string | null }): CoverageNode => {
    n.children.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    n.missing.sort(byName);
    return { code: n.code, name: n.name, counts: n.counts, missing: n.missing, children: n.children.map(finish) };
  };
  const out = roots.sort((a, b) => (a.code < b.code ? -1 : 1)).map(finish);
  const totals = zero();
  for (const r of out) for (const k of Object.keys(totals) as (keyof CoverageCounts)[]) totals[k] += r.counts[k];
  return { year, deadline, totals, roots: out };
}
