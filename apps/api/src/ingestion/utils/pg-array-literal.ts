/**
 * PostgreSQL array literals, so that one unnest() row can carry a whole array (a report's
 * cells): unnest flattens multi-dimensional array parameters, text elements do not.
 */
const quote = (s: string): string => `"${s.replace(/[\\"]/g, '\\$&')}"`;
/** A JSON escape other than \" and \\ (control characters, lone surrogates): not an array-literal escape. */
const OTHER_JSON_ESCAPE = /\\[^"\\]/;

export const textArrayLiteral = (items: readonly (string | null)[]): string => {
  // Fast path (native): a JSON array of strings is the array literal when its only escapes are
  // \" and \\ (the same in both syntaxes), and JSON's null is the literal's NULL.
  const json = JSON.stringify(items);
  if (!OTHER_JSON_ESCAPE.test(json)) return `{${json.slice(1, -1)}}`;
  return `{${items.map((s) => (s == null ? 'NULL' : quote(s))).join(',')}}`;
};

export const numberArrayLiteral = (items: readonly (number | null)[]): string =>
  `{${items.map((n) => (n == null || !Number.isFinite(n) ? 'NULL' : String(n))).join(',')}}`;

export const boolArrayLiteral = (items: readonly boolean[]): string => `{${items.map((b) => (b ? 't' : 'f')).join(',')}}`;
