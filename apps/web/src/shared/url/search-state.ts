/** Typed view state kept in the URL search params, so every view is deep-linkable. */
export type ParamValue = string | number | boolean | string[];
export type ParamSchema = Record<string, ParamValue>;

/** Read params with the defaults' types; missing or malformed values fall back to the default. */
export function parseSearch<T extends ParamSchema>(params: URLSearchParams, defaults: T): T {
  const out: Record<string, ParamValue> = {};
  for (const [key, def] of Object.entries(defaults)) {
    if (Array.isArray(def)) {
      const all = params.getAll(key).flatMap((v) => v.split(',')).filter(Boolean);
      out[key] = all.length ? all : def;
      continue;
    }
    const raw = params.get(key);
    if (raw == null || raw === '') { out[key] = def; continue; }
    if (typeof def === 'number') {
      const n = Number(raw);
      out[key] = Number.isFinite(n) ? n : def;
    } else if (typeof def === 'boolean') out[key] = raw === '1' || raw === 'true';
    else out[key] = raw;
  }
  return out as T;
}

/** Write a patch over the current params; values equal to the default are dropped to keep links short. */
export function writeSearch<T extends ParamSchema>(current: URLSearchParams, defaults: T, patch: Partial<T>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(patch)) {
    next.delete(key);
    if (value === undefined) continue;
    const def = defaults[key];
    if (Array.isArray(value)) {
      if (value.length && !(Array.isArray(def) && def.join(',') === value.join(','))) next.set(key, value.join(','));
    } else if (value !== def) next.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return next;
}
