import { Select } from 'antd';
import { useMetrics } from '../hooks/use-metrics';
import { useLang } from '../i18n/use-lang';

/** Any metric of the API's catalog, grouped by category. */
export function MetricSelect({ value, onChange, testId }: { value: string; onChange: (id: string) => void; testId?: string }) {
  const { metrics, loading } = useMetrics();
  const { pick } = useLang();
  return (
    <Select style={{ minWidth: 220 }} loading={loading} value={value} onChange={onChange} showSearch={{ optionFilterProp: 'label' }} data-testid={testId}
      options={metrics.map((m) => ({ value: m.id, label: pick(m.label) }))} />
  );
}
