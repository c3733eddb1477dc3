import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, List, Row, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RiskOverviewQuery as RiskOverviewResult, RiskRating } from '../../../generated/graphql';
import { formatValue } from '../../../shared/format/format';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useLang } from '../../../shared/i18n/use-lang';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ScopeFilter } from '../../../shared/ui/ScopeFilter';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { agencyNoticePath } from '../../notices/download-notice';
import { NoticeButtons } from '../../notices/components/NoticeButtons';
import { RiskOverviewQuery } from '../graphql/risk-overview.query';
import { RatingTag } from './rating-tag';

type Overview = RiskOverviewResult['riskOverview'];
type Item = Overview['cards'][number]['items'][number];
const DEFAULTS = { year: 0, region: '', rating: '', types: [] as string[] };
const RATINGS: RiskRating[] = ['RED', 'AMBER', 'GREEN', 'NOT_RATED'];

function itemValue(i: Item, lang: 'zh' | 'en'): string {
  if (i.value == null) return '—';
  if (i.metric === 'lateness') return lang === 'zh' ? `${i.value} 天` : `${i.value} d`;
  if (i.metric === 'openErrorFlags') return String(i.value);
  return formatValue(i.value, 'ratio', lang);
}

/** 风险评级: a card per agency (red/amber/green), regions ranked worst first; filters in the URL. */
export function RiskPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const year = s.year || bounds.max;
  const rating = RATINGS.includes(s.rating as RiskRating) ? (s.rating as RiskRating) : null;
  const { data, loading, error, refetch } = useQuery(RiskOverviewQuery, {
    skip: year == null, variables: { year: year ?? 0, regionCode: s.region || null, agencyTypes: s.types.length ? s.types : null, rating },
  });
  const o = data?.riskOverview;
  return (
    <div data-testid="view-risk">
      <PageHeader title={t('risk.title')} extra={<>
        {bounds.max != null && year != null && <YearSelect value={year} min={bounds.min ?? bounds.max} max={bounds.max} onChange={(y) => update({ year: y })} testId="risk-year" />}
        <ScopeFilter regions={s.region ? [s.region] : []} types={s.types} onChange={(p) => update({ ...(p.regions ? { region: p.regions.at(-1) ?? '' } : {}), ...(p.types ? { types: p.types } : {}) })} />
        <Segmented value={rating ?? ''} onChange={(v) => update({ rating: String(v) })} data-testid="risk-rating"
          options={[{ value: '', label: t('risk.allRatings') }, ...RATINGS.map((r) => ({ value: r, label: t(`risk.r.${r}`) }))]} />
      </>} />
      <QueryState loading={bounds.loading || (loading && !data)} error={bounds.error ?? error} onRetry={() => void refetch()} rows={10}>
        {o && (
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={9}>
              <Card size="small" title={t('risk.ranking')}>
                <Table size="small" rowKey={(r) => r.region.code} dataSource={o.ranking} pagination={false} data-testid="risk-ranking"
                  columns={[
                    { title: t('risk.rank'), dataIndex: 'rank', width: 56 },
                    { title: t('common.region'), render: (_, r) => <a onClick={() => update({ region: r.region.code })} data-testid="risk-drill">{r.region.name}</a> },
                    { title: t('risk.cards'), dataIndex: 'cards', align: 'right' },
                    { title: <RatingTag rating="RED" />, dataIndex: 'red', align: 'right' },
                    { title: <RatingTag rating="AMBER" />, dataIndex: 'amber', align: 'right' },
                    { title: <RatingTag rating="GREEN" />, dataIndex: 'green', align: 'right' },
                    { title: t('risk.score'), align: 'right', render: (_, r) => (r.score == null ? '—' : r.score.toFixed(2)) },
                  ]} />
              </Card>
            </Col>
            <Col xs={24} xl={15}>
              {o.cards.length === 0 ? <Empty /> : (
                <List grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }} dataSource={o.cards} pagination={o.cards.length > 30 ? { pageSize: 30, size: 'small' } : false} data-testid="risk-cards"
                  renderItem={(c) => (
                    <List.Item>
                      <Card size="small" data-testid={`risk-card-${c.agencyId}`} title={<Space><RatingTag rating={c.overall} testId="risk-overall" /><Link to={`/reports/${c.reportId}`}>{c.agencyName}</Link></Space>}
                        actions={[<NoticeButtons key="n" size="small" testId={`notice-${c.agencyId}`} fileName={`${c.agencyName}${c.year}`} path={(f) => agencyNoticePath(c.agencyId, c.year, f)} />]}>
                        {c.items.map((i) => (
                          <div key={i.metric} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: '2px 0' }}>
                            <Typography.Text>{pick(i.label)}</Typography.Text>
                            <Tooltip title={pick(i.note)}><Space size={4}><span>{itemValue(i, lang)}</span><RatingTag rating={i.rating} /></Space></Tooltip>
                          </div>
                        ))}
                      </Card>
                    </List.Item>
                  )} />
              )}
            </Col>
          </Row>
        )}
      </QueryState>
    </div>
  );
}
