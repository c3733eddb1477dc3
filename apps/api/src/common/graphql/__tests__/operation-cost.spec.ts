import { buildSchema, getIntrospectionQuery, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureOperation } from '../operation-cost';

// A schema with a cycle (Node.children), a paged connection and a plain list.
const schema = buildSchema(`
  type Node { id: ID! name: String! children: [Node!]! parent: Node }
  type Edge { node: Node! }
  type Conn { totalCount: Int! edges: [Edge!]! }
  type Query { node(id: ID!): Node  nodes(first: Int = 20): Conn!  top(limit: Int): [Node!]! }
`);
const measure = (q: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(q);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return measureOperation(schema, doc, op, variables);
};

describe('measureOperation', () => {
  it('counts nesting depth through fragments and inline fragments', () => {
    expect(measure('{ node(id: 1) { id } }').depth).toBe(2);
    expect(measure('{ node(id: 1) { parent { parent { parent { id } } } } }').depth).toBe(5);
    expect(measure('query { node(id: 1) { ...F } } fragment F on Node { parent { ... on Node { parent { name } } } }').depth).toBe(4);
  });

  it('multiplies fields by list sizes: first/limit (literal, variable, default) or 10', () => {
    // nodes(first: 20 default): 1 + 20 × (totalCount + edges + node + id + name) = 101
    expect(measure('{ nodes { totalCount edges { node { id name } } } }').cost).toBe(1 + 20 * 5);
    expect(measure('query($n: Int) { nodes(first: $n) { edges { node { id } } } }', { n: 3 }).cost).toBe(1 + 3 * 3);
    // top(limit: 5) { children { id } }: 1 + 5 × (children + 10 × id) = 56
    expect(measure('{ top(limit: 5) { children { id } } }').cost).toBe(1 + 5 * (1 + 10));
    // No bound given: a list counts 10.
    expect(measure('{ top { id } }').cost).toBe(1 + 10);
  });

  it('measures introspection apart: depth only, and flags it', () => {
    const m = measure(getIntrospectionQuery());
    expect(m.introspection).toBe(true);
    expect(m.introspectionDepth).toBe(15);
    expect(m.cost).toBe(0);
    expect(measure('{ __typename node(id: 1) { __typename id } }').introspection).toBe(false);
  });
});
