import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearch, writeSearch, type ParamSchema } from './search-state';

/** View state from the URL: `[state, update]`; updates replace history entries for filter tweaks. */
export function useSearchState<T extends ParamSchema>(defaults: T): [T, (patch: Partial<T>) => void] {
  const [params, setParams] = useSearchParams();
  // Defaults are usually an object literal: key them by content, not identity.
  const key = JSON.stringify(defaults);
  const stable = useMemo(() => defaults, [key]);
  const state = useMemo(() => parseSearch(params, stable), [params, stable]);
  const update = useCallback(
    (patch: Partial<T>) => setParams((cur) => writeSearch(cur, stable, patch), { replace: true }),
    [setParams, stable],
  );
  return [state, update];
}
