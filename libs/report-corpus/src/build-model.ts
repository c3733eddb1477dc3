import { templateForYear, type TemplateId } from '@gongkai/report-format';
import { MISTAKES } from './mistakes/catalog';
import type { Draft, PreviousYear } from './mistakes/draft';
import { ITEM_CATEGORIES } from './narrative';
import type { Rng } from './random';
import type { YearState } from './simulate';
import { stateCells } from './state-cells';
import type { Agency, NarrativeFacts, ReportModel } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** A clean draft: every rule holds, published in January of the next year. */
export function cleanDraft(agency: Agency, state: YearState, rng: Rng): Draft {
  const template = templateForYear(state.year) as TemplateId;
  if (!template) throw new Error(`year ${state.year} has no table template`);
  const singleOtherRow = template === '2021' && rng.chance(0.15);
  const cells = stateCells(state, template, singleOtherRow);
  const feeUnit = template === '2021' && (cells['t2.fees.amount'] ?? 0) > 0 && rng.chance(0.08) ? '元' : '万元';
  const n = rng.int(4, 14);
  const scale = Math.max(1, Math.round(agency.size * 20));
  const items = rng.shuffle(ITEM_CATEGORIES).slice(0, n).map((label): [string, number] => [label, rng.int(1, scale * 3)]);
  return {
    agency, year: state.year, state, template, singleOtherRow, cells, cellText: {},
    missingTables: [], missingRows: [], missingSections: [], feeUnit,
    publishedAt: `${state.year + 1}-01-${pad(rng.int(5, 31))}`,
    itemization: { total: items.reduce((a, [, v]) => a + v, 0), items },
    textOverrides: {}, duplicate: false, flags: [], mistakes: [],
  };
}

/** Inject mistakes into a share `rate` of drafts; a second, text-only one now and then. */
export function injectMistakes(d: Draft, prev: PreviousYear, rate: number, rng: Rng): void {
  if (!rng.chance(rate)) return;
  const pickFrom = (orthogonalOnly: boolean) => {
    const options = MISTAKES.filter((m) => (!orthogonalOnly || m.orthogonal) && !d.mistakes.includes(m.id) && m.applies(d, prev));
    if (options.length === 0) return;
    const m = rng.weighted(options.map((o) => [o, o.weight] as const));
    m.apply(d, rng, prev);
    d.mistakes.push(m.id);
  };
  pickFrom(false);
  if (rng.chance(0.2)) pickFrom(true);
}

/** The narrative statements, from the published cells unless a mistake overrides them. */
export function narrativeFacts(d: Draft): NarrativeFacts {
  const v = (k: string) => d.cells[k] ?? 0;
  const t4 = !d.missingTables.includes('t4');
  const review = v('t4.review.total');
  const litigation = v('t4.litigationDirect.total') + v('t4.litigationAfterReview.total');
  return {
    newRequests: d.textOverrides.newRequests ?? v('t3.newRequests.total'),
    carriedOver: v('t3.carriedOver.total'),
    processed: v('t3.total.total'),
    carriedForward: v('t3.carriedForward.total'),
    granted: v('t3.granted.total'),
    review: t4
      ? {
        claimNone: d.textOverrides.claimNone ?? (review === 0 && litigation === 0),
        reviewCount: d.textOverrides.reviewCount ?? review,
        litigationCount: litigation,
      }
      : null,
    itemization: d.itemization,
  };
}

export function toModel(d: Draft, textSeed: string): ReportModel {
  return {
    agency: d.agency, year: d.year, template: d.template,
    title: `${d.agency.name}${d.year}年政府信息公开工作年度报告`,
    cells: d.cells, cellText: d.cellText, singleOtherRow: d.singleOtherRow,
    missingTables: d.missingTables, missingRows: d.missingRows, missingSections: d.missingSections,
    feeUnit: d.feeUnit, facts: narrativeFacts(d), publishedAt: d.publishedAt, textSeed,
  };
}
