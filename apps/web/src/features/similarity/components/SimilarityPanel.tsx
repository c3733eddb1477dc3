import { useQuery } from '@apollo/client/react';
import { Col, Collapse, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSimilarityQuery as ReportSimilarityResult } from '../../../generated/graphql';
import { QueryState } from '../../../shared/ui/QueryState';
import { ReportSimilarityQuery } from '../graphql/report-similarity.query';
import { highlight } from './highlight';

type Match = NonNullable<ReportSimilarityResult['reportSimilarity']>['sections'][number]['peers'][number];
const pct = (x: number) => `${Math.round(x * 100)}%`;
const color = (x: number) => (x >= 0.6 ? 'red' : x >= 0.3 ? 'orange' : 'default');
const textStyle = { whiteSpace: 'pre-wrap' as const, maxHeight: 320, overflow: 'auto', fontSize: 13, lineHeight: 1.7, background: '#fafafa', padding: 8 };

/** Both texts side by side, the repeated passages marked in each. */
function SideBySide({ text, match, thisLabel }: { text: string; match: Match; thisLabel: string }) {
  return (
    <Row gutter={12}>
      <Col span={12}><Typography.Text strong>{thisLabel}</Typography.Text>
        <div style={textStyle} data-testid="similarity-this">{highlight(text, match.passages.map((p) => ({ start: p.aStart, end: p.aEnd })))}</div></Col>
      <Col span={12}><Typography.Text strong>{match.agencyName} · {match.year} · {match.heading}</Typography.Text>
        <div style={textStyle} data-testid="similarity-other">{highlight(match.text, match.passages.map((p) => ({ start: p.bStart, end: p.bEnd })))}</div></Col>
    </Row>
  );
}

/** 文本相似: per section, the share repeated from the previous report and from other agencies this year. */
export function SimilarityPanel({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReportSimilarityQuery, { variables: { reportId } });
  const sim = data?.reportSimilarity;
  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()} rows={4}>
      {!sim || sim.sections.length === 0 ? <Empty /> : (
        <Collapse size="small" data-testid="similarity-panel" items={sim.sections.map((s) => {
          const worst = Math.max(s.previous?.score ?? 0, ...s.peers.map((p) => p.score));
          return {
            key: s.sectionId,
            label: <Space wrap><span>{s.heading}</span>
              <Tag color={color(s.previous?.score ?? 0)} data-testid="similarity-previous-score">{t('similarity.previous')} {s.previous ? pct(s.previous.score) : t('similarity.noPrevious')}</Tag>
              {s.peers[0] && <Tag color={color(s.peers[0].score)} data-testid="similarity-peer-score">{t('similarity.peers')} {pct(s.peers[0].score)}（{s.peers[0].agencyName}）</Tag>}</Space>,
            extra: worst >= 0.3 ? <Tag color={color(worst)}>{t('similarity.score')} {pct(worst)}</Tag> : null,
            children: (
              <Space direction="vertical" style={{ width: '100%' }} data-testid={`similarity-section-${s.sectionId}`}>
                {s.previous && s.previous.passages.length > 0 && <><Typography.Title level={5}>{t('similarity.previous')}</Typography.Title>
                  <SideBySide text={s.text} match={s.previous} thisLabel={t('similarity.thisReport')} /></>}
                {s.peers.filter((p) => p.passages.length > 0).map((p) => <div key={p.reportId}><Typography.Title level={5}>{t('similarity.peers')}</Typography.Title>
                  <SideBySide text={s.text} match={p} thisLabel={t('similarity.thisReport')} /></div>)}
                {!(s.previous?.passages.length) && s.peers.every((p) => p.passages.length === 0) && <Typography.Text type="secondary">{t('similarity.none')}</Typography.Text>}
              </Space>
            ),
          };
        })} />
      )}
    </QueryState>
  );
}
