import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useLang } from '../i18n/use-lang';
import { AgencyTypesQuery } from '../graphql/agency-types.query';
import { RegionsQuery } from '../graphql/regions.query';

/** Region and agency-type choices for the scope filters, labelled in the current language. */
export function useScopeOptions() {
  const { pick } = useLang();
  const regions = useQuery(RegionsQuery, { fetchPolicy: 'cache-first' });
  const types = useQuery(AgencyTypesQuery, { fetchPolicy: 'cache-first' });
  const regionOptions = useMemo(
    () => (regions.data?.regions ?? []).map((r) => ({ value: r.code, label: r.fullName || r.name })),
    [regions.data],
  );
  const typeOptions = useMemo(() => (types.data?.agencyTypes ?? []).map((a) => ({ value: a.id, label: pick(a.label) })), [types.data, pick]);
  const typeLabel = useMemo(() => new Map(typeOptions.map((o) => [o.value, o.label])), [typeOptions]);
  return { regionOptions, typeOptions, typeLabel, loading: regions.loading || types.loading };
}
