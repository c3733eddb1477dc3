import type { CoverageQuery } from '../../../generated/graphql';

type Coverage = CoverageQuery['coverage'];
type Node = Coverage['nodes'][number];
type Counts = Node['counts'];
type Agency = Node['agencies'][number];

/** One row of the coverage tree table: a region (with its subtree's counts) or one of its agencies. */
export type CoverageRow =
  | { kind: 'region'; key: string; name: string; counts: Counts; children?: CoverageRow[] }
  | { kind: 'agency'; key: string; name: string; agency: Agency };

/** Regions nested by parent, each followed by its own agencies (missing first). */
export function coverageRows(nodes: readonly Node[]): CoverageRow[] {
  const order = { MISSING: 0, LATE: 1, UNDATED: 2, ON_TIME: 3 } as const;
  const byParent = new Map<string | null, Node[]>();
  for (const n of nodes) byParent.set(n.parentCode ?? null, [...(byParent.get(n.parentCode ?? null) ?? []), n]);
  const build = (n: Node): CoverageRow => {
    const children: CoverageRow[] = [
      ...(byParent.get(n.code) ?? []).map(build),
      ...[...n.agencies].sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name, 'zh'))
        .map((a): CoverageRow => ({ kind: 'agency', key: `a${a.agencyId}`, name: a.name, agency: a })),
    ];
    return { kind: 'region', key: n.code, name: n.name, counts: n.counts, children: children.length ? children : undefined };
  };
  const codes = new Set(nodes.map((n) => n.code));
  return nodes.filter((n) => n.parentCode == null || !codes.has(n.parentCode)).map(build);
}
