import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useScopeOptions } from '../hooks/use-scope-options';

type Props = { regions: string[]; types: string[]; onChange: (patch: { regions?: string[]; types?: string[] }) => void };

/** Region and agency-type pickers: the scope of every aggregate view. */
export function ScopeFilter({ regions, types, onChange }: Props) {
  const { t } = useTranslation();
  const { regionOptions, typeOptions, loading } = useScopeOptions();
  return (
    <Space wrap>
      <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 200 }} placeholder={t('common.allRegions')}
        loading={loading} options={regionOptions} value={regions} onChange={(v) => onChange({ regions: v })} maxTagCount="responsive" data-testid="filter-region" />
      <Select mode="multiple" allowClear style={{ minWidth: 180 }} placeholder={t('common.allTypes')}
        loading={loading} options={typeOptions} value={types} onChange={(v) => onChange({ types: v })} maxTagCount="responsive" data-testid="filter-type" />
    </Space>
  );
}
