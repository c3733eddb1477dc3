import { RATING_LABELS, type RiskCard } from '../risk/risk-card';
import type { NoticeBlock } from './types';

const show = (id: string, v: number | null): string => {
  if (v == null) return '—';
  if (id.endsWith('Rate')) return `${Math.round(v * 1000) / 10}%`;
  return id === 'lateness' ? `${v} 天` : String(v);
};

/** The risk card as a heading, a table (指标 / 数值 / 评级 / 说明) and the overall rating. */
export function riskCardBlocks(card: RiskCard, heading: string): NoticeBlock[] {
  return [
    { kind: 'heading', text: heading },
    {
      kind: 'table',
      header: ['指标', '数值', '评级', '说明'],
      rows: card.items.map((i) => [i.zh, show(i.id, i.value), RATING_LABELS[i.rating].zh, i.note.zh]),
    },
    { kind: 'paragraph', text: `综合评级：${RATING_LABELS[card.overall].zh}。` },
  ];
}
