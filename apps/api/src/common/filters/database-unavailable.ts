/** Codes of a PostgreSQL that is down, restarting or refusing us (pg, libpq and SQLSTATE classes 08, 57P). */
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '55000']);
const MESSAGES = /Connection terminated|terminating connection|connect ECONNREFUSED|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|not currently accepting connections|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|Cannot use a pool after calling end/i;

/** True when an error (or the error it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; originalError?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  return [e.driverError, e.originalError, e.cause].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'the database is unavailable right now: nothing was changed, try again in a moment';
