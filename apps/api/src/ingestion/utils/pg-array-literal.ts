/**
 * PostgreSQL array literals, so that one unnest() row can carry a whole array (a report's
 * cells): unnest flattens multi-dimensional array parameters, text elements do not.
 */
const quote = (s: string): string => `"${s.replace(/[\\"]/g, '\\$&')}"`;

export const textArrayLiteral = (items: readonly (string | null)[]): string =>
  `{${items.map((s) => (s == null ? 'NULL' : quote(s))).join(',')}}`;

export const numberArrayLiteral = (items: readonly (number | null)[]): string =>
  `{${items.map((n) => (n == null || !Number.isFinite(n) ? 'NULL' : String(n))).join(',')}}`;

export const boolArrayLiteral = (items: readonly boolean[]): string => `{${items.map((b) => (b ? 't' : 'f')).join(',')}}`;
