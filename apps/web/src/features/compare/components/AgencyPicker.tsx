import { useQuery } from '@apollo/client/react';
import { Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchAgenciesQuery } from '../../../shared/graphql/search-agencies.query';
import { ScopeFilter } from '../../../shared/ui/ScopeFilter';

type Props = { value: string[]; names: Map<string, string>; onChange: (ids: string[], names: Map<string, string>) => void };

/** Search agencies by name (narrowed by region and type) and pick 2–10 of them. */
export function AgencyPicker({ value, names, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  const [scope, setScope] = useState<{ regions: string[]; types: string[] }>({ regions: [], types: [] });
  useEffect(() => { const h = setTimeout(() => setDebounced(search), 250); return () => clearTimeout(h); }, [search]);
  const { data, loading } = useQuery(SearchAgenciesQuery, {
    variables: { search: debounced || null, regionCodes: scope.regions.length ? scope.regions : null, types: scope.types.length ? scope.types : null, limit: 30 },
  });
  const found = data?.agencies ?? [];
  const options = [
    ...value.filter((id) => !found.some((a) => a.id === id)).map((id) => ({ value: id, label: names.get(id) ?? id })),
    ...found.map((a) => ({ value: a.id, label: `${a.name}（${a.region.fullName}）` })),
  ];
  return (
    <Space wrap>
      <ScopeFilter regions={scope.regions} types={scope.types} onChange={(p) => setScope((s) => ({ ...s, ...p }))} />
      <Select mode="multiple" style={{ minWidth: 420 }} placeholder={t('compare.pick')} value={value} loading={loading}
        showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }} options={options} maxCount={10} data-testid="agency-picker"
        onChange={(ids: string[]) => {
          const next = new Map(names);
          for (const a of found) next.set(a.id, a.name);
          onChange(ids, next);
          setSearch('');
        }} />
    </Space>
  );
}
