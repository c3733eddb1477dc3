/** A region code no agency has: the filter that matches nothing. */
export const NO_REGION = '-none-';

/**
 * Regions that select the agencies under one of `requested` and under one of `scope`. Both
 * are nodes of one tree, so an agency is under both exactly when it is under the deeper of two
 * codes on one path: keep each requested code inside the scope, and each scope code inside a
 * requested region. `chains` maps a code to itself and its ancestors.
 */
export function narrowRegions(requested: readonly string[], scope: readonly string[], chains: ReadonlyMap<string, readonly string[]>): string[] {
  const within = (code: string, set: readonly string[]) => (chains.get(code) ?? [code]).some((c) => set.includes(c));
  const out = new Set<string>([...requested.filter((r) => within(r, scope)), ...scope.filter((s) => within(s, requested))]);
  return out.size > 0 ? [...out] : [NO_REGION];
}
