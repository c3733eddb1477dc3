import { type ApolloServerPlugin } from '@apollo/server';
import { type FormattedExecutionResult, Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type GqlContext } from '../graphql/gql-context';
import { type DataVersion } from './data-version';
import { stableJson } from './stable-json';

/**
 * Root query fields whose answers are functions of the data the change triggers watch
 * (DataChangeNotify) and of the caller's identity only. Anything else — the signed-in user,
 * the audit log, workbench views that depend on the clock — is always executed.
 */
const CACHEABLE_ROOTS = new Set(['agencies', 'agencyTypes', 'compare', 'flagCounts', 'flags', 'metrics', 'overview', 'ranking', 'regions', 'report', 'reports', 'trend', '__typename']);

const cacheable = (op: OperationDefinitionNode): boolean =>
  op.operation === 'query' && op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOTS.has(s.name.value));

export type ResponseCacheOptions = {
  version: DataVersion;
  /** Who asks, as the auth guard would see it (user, role, region scope); null: do not cache (e.g. an invalid token). */
  identity: (ctx: GqlContext) => string | null;
  maxMb: number;
};

/**
 * Whole GraphQL answers of the dashboard's read queries, reused until the data changes: a
 * repeated chart or list is answered without executing resolvers at all (after Apollo's
 * parse, validation and the operation limits). Keyed by the operation's text, its variables
 * and the caller's identity, so an answer only ever goes back to the same user, role and
 * region scope; dropped with the data version (any process's commit, any local write). An
 * answer with errors is never kept, nor one computed while the data changed.
 */
export function responseCachePlugin({ version, identity, maxMb }: ResponseCacheOptions): ApolloServerPlugin<GqlContext> {
  // Answers are kept as their JSON text: one string per answer instead of thousands of small
  // objects for the garbage collector to trace (a report's detail is ~3,000), sized exactly.
  const lru = new LRUCache<string, string>({ max: 10_000, maxSize: maxMb * 1024 * 1024, sizeCalculation: (json, key) => json.length + key.length });
  version.subscribe(() => lru.clear());
  return {
    async requestDidStart() {
      let key: string | null = null;
      let started = -1;
      return {
        async responseForOperation(rc) {
          version.listen();
          if (!rc.operation || !cacheable(rc.operation) || !version.live) return null;
          const who = identity(rc.contextValue);
          if (who == null) return null;
          key = `${who}\u0000${rc.operationName ?? ''}\u0000${rc.source ?? ''}\u0000${stableJson(rc.request.variables ?? {})}`;
          const hit = lru.get(key);
          if (hit != null) return { http: rc.response.http, body: { kind: 'single', singleResult: JSON.parse(hit) as FormattedExecutionResult } };
          started = version.current;
          return null;
        },
        async willSendResponse(rc) {
          if (key == null || started < 0 || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length || !version.live || version.current !== started) return;
          lru.set(key, JSON.stringify(result));
        },
      };
    },
  };
}
