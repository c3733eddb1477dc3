import { type GraphQLFormattedError } from 'graphql';

const CODES: Record<number, string> = { 404: 'NOT_FOUND', 409: 'CONFLICT', 413: 'PAYLOAD_TOO_LARGE' };

/** Nest maps 400/401/403 to Apollo codes and everything else to INTERNAL_SERVER_ERROR: name the rest too. */
export function formatError(error: GraphQLFormattedError): GraphQLFormattedError {
  const status = error.extensions?.status;
  const code = typeof status === 'number' ? CODES[status] : undefined;
  return code ? { ...error, extensions: { ...error.extensions, code } } : error;
}
