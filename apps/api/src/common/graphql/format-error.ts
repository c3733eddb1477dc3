import { type GraphQLFormattedError } from 'graphql';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../filters/database-unavailable';

const CODES: Record<number, string> = { 404: 'NOT_FOUND', 409: 'CONFLICT', 413: 'PAYLOAD_TOO_LARGE', 429: 'TOO_MANY_REQUESTS', 503: 'SERVICE_UNAVAILABLE' };

/**
 * Nest maps 400/401/403 to Apollo codes and everything else to INTERNAL_SERVER_ERROR: name the
 * rest too, and say plainly when the database is down (instead of a driver message).
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  if (isDatabaseUnavailable(error)) {
    return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, locations: formatted.locations, extensions: { code: 'SERVICE_UNAVAILABLE', status: 503 } };
  }
  const status = formatted.extensions?.status;
  const code = typeof status === 'number' ? CODES[status] : undefined;
  return code ? { ...formatted, extensions: { ...formatted.extensions, code } } : formatted;
}
