import {
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, getNamedType, getNullableType, type GraphQLNamedType, type GraphQLSchema,
  isInterfaceType, isListType, isObjectType, Kind, type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';

/** What one operation asks for: nesting depth, an estimated number of resolved fields, and whether it introspects. */
export type OperationMeasure = { depth: number; cost: number; introspection: boolean; introspectionDepth: number };

/** Items assumed for a list field when no `first`/`limit` argument bounds it. */
const DEFAULT_LIST = 10;
const PAGE_ARGS = ['first', 'limit', 'last'];

/**
 * Depth counts nested field selections (fragments expanded). Cost is the number of fields the
 * response may hold: each field counts once per item of every list around it, a list being as
 * long as its `first`/`limit` argument (variables and defaults read) or DEFAULT_LIST. The
 * introspection fields (`__schema`, `__type`) are gated by role and measured apart: their depth
 * only (a standard introspection query is 15 levels deep).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const varDefaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) varDefaults.set(v.variable.name.value, v.defaultValue);
  const out: OperationMeasure = { depth: 0, cost: 0, introspection: false, introspectionDepth: 0 };

  const intValue = (node: ValueNode | undefined): number | null => {
    if (!node) return null;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const v = variables[node.name.value];
      if (typeof v === 'number') return v;
      return intValue(varDefaults.get(node.name.value));
    }
    return null;
  };

  const pageSize = (field: FieldNode, parent: GraphQLNamedType): number | null => {
    for (const name of PAGE_ARGS) {
      const arg = field.arguments?.find((a) => a.name.value === name);
      const given = intValue(arg?.value);
      if (given != null) return Math.max(1, given);
      if (!arg && (isObjectType(parent) || isInterfaceType(parent))) {
        const def = parent.getFields()[field.name.value]?.args.find((a) => a.name === name);
        if (def && typeof def.defaultValue === 'number') return Math.max(1, def.defaultValue);
      }
    }
    return null;
  };

  // Introspection: nesting depth only (no types needed: the fields of __Type and co. are fixed).
  const visitIntrospection = (set: SelectionSetNode, depth: number, seen: Set<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        out.introspectionDepth = Math.max(out.introspectionDepth, depth + 1);
        if (sel.selectionSet) visitIntrospection(sel.selectionSet, depth + 1, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visitIntrospection(sel.selectionSet, depth, seen);
      } else {
        const f = fragments.get(sel.name.value);
        if (f && !seen.has(f.name.value)) visitIntrospection(f.selectionSet, depth, new Set([...seen, f.name.value]));
      }
    }
  };

  const visit = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, depth: number, multiplier: number, paged: boolean, seen: Set<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        visit(sel.selectionSet, t ?? undefined, depth, multiplier, paged, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(sel.name.value);
        if (!f || seen.has(f.name.value)) continue;
        visit(f.selectionSet, schema.getType(f.typeCondition.name.value) ?? undefined, depth, multiplier, paged, new Set([...seen, f.name.value]));
        continue;
      }
      const name = sel.name.value;
      if (name === '__typename') continue;
      if (name === '__schema' || name === '__type') {
        out.introspection = true;
        out.introspectionDepth = Math.max(out.introspectionDepth, depth + 1);
        if (sel.selectionSet) visitIntrospection(sel.selectionSet, depth + 1, seen);
        continue;
      }
      out.depth = Math.max(out.depth, depth + 1);
      out.cost += multiplier;
      if (!sel.selectionSet) continue;
      const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      const size = parent ? pageSize(sel, parent) : null;
      const isList = def ? isListType(getNullableType(def.type)) : false;
      // A paged field (first/limit) bounds its own list or the edges/nodes list of its connection.
      const factor = size ?? (isList && !paged ? DEFAULT_LIST : 1);
      visit(sel.selectionSet, def ? getNamedType(def.type) : undefined, depth + 1, multiplier * factor, size != null && !isList, seen);
    }
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  visit(operation.selectionSet, root ?? undefined, 0, 1, false, new Set());
  return out;
}
