import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewQuery } from '../../../generated/graphql';
import { formatValue, relativeChange } from '../../../shared/format/format';
import { useLang } from '../../../shared/i18n/use-lang';

type Kpi = { key: string; title: string; value: number | null; previous: number | null; unit: string };

/** Change vs last year: relative for counts and amounts, percentage points for rates. */
export function describeChange(k: Pick<Kpi, 'value' | 'previous' | 'unit'>, lang: 'zh' | 'en'): { text: string; sign: number } | null {
  if (k.value == null || k.previous == null) return null;
  if (k.unit === 'ratio') {
    const pp = (k.value - k.previous) * 100;
    return { text: `${pp > 0 ? '+' : ''}${pp.toFixed(1)}${lang === 'zh' ? ' 个百分点' : ' pp'}`, sign: Math.sign(pp) };
  }
  const rel = relativeChange(k.value, k.previous);
  if (rel == null) return { text: `${k.value - k.previous > 0 ? '+' : ''}${formatValue(k.value - k.previous, k.unit, lang)}`, sign: Math.sign(k.value - k.previous) };
  return { text: `${rel > 0 ? '+' : ''}${(rel * 100).toFixed(1)}%`, sign: Math.sign(rel) };
}

export function KpiCards({ data, units }: { data: OverviewQuery; units: Map<string, string> }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { current, previous } = data;
  const kpi = (metric: string, fallback: string): Kpi => {
    const k = current.kpis.find((x) => x.metric === metric);
    return { key: metric, title: k ? pick(k.label) : fallback, value: k?.value ?? null, previous: k?.previous ?? null, unit: units.get(metric) ?? 'count' };
  };
  const cards: Kpi[] = [
    { key: 'reports', title: t('overview.reports'), value: current.reports, previous: previous.reports || null, unit: 'count' },
    { key: 'agencies', title: t('overview.agencies'), value: current.agencies, previous: previous.agencies || null, unit: 'count' },
    kpi('requests.received', t('overview.requests')),
    kpi('requests.disclosureRate', t('overview.disclosureRate')),
    kpi('fees.amount', t('overview.fees')),
    { key: 'openFlags', title: t('overview.openFlags'), value: current.openFlags, previous: previous.openFlags, unit: 'count' },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="kpi-cards">
      {cards.map((k) => {
        const change = describeChange(k, lang);
        const unit = k.unit === 'wanYuan' ? t('common.unit.wanYuan') : undefined;
        return (
          <Col key={k.key} xs={12} md={8} xl={4}>
            <Card size="small" className="kpi-card" data-testid={`kpi-${k.key}`}>
              <Statistic title={k.title} value={formatValue(k.value, k.unit, lang)} suffix={unit} />
              <div style={{ fontSize: 12, color: '#8c8c8c' }} data-testid={`kpi-${k.key}-change`}>
                {t('overview.vsLastYear')}{' '}
                {change ? <span className={change.sign > 0 ? 'kpi-change-up' : change.sign < 0 ? 'kpi-change-down' : undefined}>{change.text}</span> : t('overview.noPrevious')}
              </div>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
