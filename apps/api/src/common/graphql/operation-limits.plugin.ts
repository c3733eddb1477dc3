import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type GqlContext } from './gql-context';
import { measureOperation } from './operation-cost';

/** The depth of the standard introspection query (graphql-js, GraphiQL) is 15. */
const MAX_INTROSPECTION_DEPTH = 16;

export type OperationLimits = {
  maxDepth: number;
  maxCost: number;
  /** Whether the caller may introspect the schema (signed-in analysts and above). */
  mayIntrospect: (ctx: GqlContext) => boolean;
};

/**
 * Refuses, before anything runs: operations nested deeper than maxDepth, operations whose
 * estimated cost is over maxCost, and introspection by callers below analyst (the web app's
 * codegen reads apps/api/schema.gql from the file and needs no introspection).
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const m = measureOperation(schema, document, operation, request.variables ?? {});
          if (m.depth > limits.maxDepth) {
            throw new GraphQLError(`query too deep: ${m.depth} levels of fields, the limit is ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth: m.depth, limit: limits.maxDepth, http: { status: 400 } },
            });
          }
          if (m.introspectionDepth > MAX_INTROSPECTION_DEPTH) {
            throw new GraphQLError(`query too deep: introspection ${m.introspectionDepth} levels deep, the limit is ${MAX_INTROSPECTION_DEPTH}`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth: m.introspectionDepth, limit: MAX_INTROSPECTION_DEPTH, http: { status: 400 } },
            });
          }
          if (m.cost > limits.maxCost) {
            throw new GraphQLError(`query too costly: about ${m.cost} fields to resolve, the limit is ${limits.maxCost}; ask for fewer items (first/limit) or fewer fields`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost: m.cost, limit: limits.maxCost, http: { status: 400 } },
            });
          }
          if (m.introspection && !limits.mayIntrospect(contextValue)) {
            throw new GraphQLError('introspection is for signed-in analysts and above: sign in (GraphiQL at /graphql asks for it) and send the bearer token', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
