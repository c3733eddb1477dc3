import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { value: number; min: number; max: number; onChange: (y: number) => void; testId?: string; allowAll?: boolean };

/** A year from the store's range, newest first; with `allowAll`, 0 stands for every year. */
export function YearSelect({ value, min, max, onChange, testId, allowAll = false }: Props) {
  const { t } = useTranslation();
  const years: { value: number; label: string }[] = allowAll ? [{ value: 0, label: t('common.allYears') }] : [];
  for (let y = max; y >= min; y--) years.push({ value: y, label: String(y) });
  return <Select style={{ width: 110 }} value={value} onChange={onChange} options={years} data-testid={testId} />;
}
