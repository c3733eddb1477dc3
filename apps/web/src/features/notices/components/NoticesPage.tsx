import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchAgenciesQuery } from '../../../shared/graphql/search-agencies.query';
import { useScopeOptions } from '../../../shared/hooks/use-scope-options';
import { useYearBounds } from '../../../shared/hooks/use-year-bounds';
import { useSearchState } from '../../../shared/url/use-search-state';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { YearSelect } from '../../../shared/ui/YearSelect';
import { agencyNoticePath, regionSummaryPath } from '../download-notice';
import { NoticeButtons } from './NoticeButtons';

const DEFAULTS = { year: 0, agency: '', kind: '', region: '' };

/** 整改通知: pick an agency and year, download its notice; or a region's summary for leadership. */
export function NoticesPage() {
  const { t } = useTranslation();
  const [s, update] = useSearchState(DEFAULTS);
  const bounds = useYearBounds();
  const year = s.year || bounds.max;
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => { const h = setTimeout(() => setDebounced(search), 250); return () => clearTimeout(h); }, [search]);
  const { data, loading } = useQuery(SearchAgenciesQuery, { variables: { search: debounced || null, limit: 30 } });
  const { regionOptions } = useScopeOptions();
  const agencies = data?.agencies ?? [];
  const name = agencies.find((a) => a.id === s.agency)?.name ?? s.agency;
  return (
    <div data-testid="view-notices">
      <PageHeader title={t('notices.title')} extra={bounds.max != null && year != null &&
        <YearSelect value={year} min={bounds.min ?? bounds.max} max={bounds.max} onChange={(y) => update({ year: y })} testId="notice-year" />} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('notices.title')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">{t('notices.hint')}</Typography.Text>
              <Select style={{ width: '100%' }} placeholder={t('notices.pickAgency')} value={s.agency || undefined} loading={loading} data-testid="notice-agency"
                showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }} onChange={(v: string) => update({ agency: v })}
                options={agencies.map((a) => ({ value: a.id, label: `${a.name}（${a.region.fullName}）` }))} />
              <Select style={{ width: '100%' }} value={s.kind} onChange={(v: string) => update({ kind: v })} data-testid="notice-kind"
                options={(['', 'rectification', 'assessment'] as const).map((k) => ({ value: k, label: t(`notices.kinds.${k || 'auto'}`) }))} />
              {s.agency && year != null && <NoticeButtons testId="notice" fileName={`${name}${year}`} path={(f) => agencyNoticePath(s.agency, year, f, s.kind || undefined)} />}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('notices.regionSummary')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} placeholder={t('notices.region')} value={s.region || undefined}
                options={regionOptions} onChange={(v: string) => update({ region: v })} data-testid="notice-region" />
              {s.region && year != null && <NoticeButtons testId="notice-region" fileName={`${s.region}${year}`} path={(f) => regionSummaryPath(s.region, year, f)} />}
            </Space>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
