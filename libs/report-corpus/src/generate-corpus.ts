import { buildAgencyDirectory } from './agency-directory';
import { cleanDraft, injectMistakes, toModel } from './build-model';
import { carryOverFlags } from './cross-year';
import type { PreviousYear } from './mistakes/draft';
import { Rng } from './random';
import { pickPdfStyle } from './render/pdf-style';
import { describeStyle, LAYOUT_EXTENSION, renderReport } from './render/render-report';
import { simulateAgency } from './simulate';
import { ALL_LAYOUTS, LAYOUTS, type GeneratedDocument, type Layout, type RenderStyle, type ReportModel, type TruthFlag, type TruthRecord } from './types';

export type CorpusOptions = {
  agencies: number;
  fromYear: number;
  toYear: number;
  seed: number | string;
  layouts?: Layout[];
  /** Share of reports with at least one injected mistake (default 0.15). */
  mistakeRate?: number;
};

/** Cosmetic choices for one document, drawn from its own stream. */
export function pickStyle(layout: Layout, rng: Rng): RenderStyle {
  return {
    encoding: layout === 'html'
      ? rng.weighted([['utf-8', 60], ['gbk', 25], ['gbk-nometa', 15]] as const)
      : layout === 'text' ? rng.weighted([['utf-8', 70], ['utf-8-bom', 10], ['gbk', 20]] as const) : 'utf-8',
    crlf: layout === 'text' && rng.chance(0.3),
    thousands: layout === 'html' && rng.chance(0.15),
    nesting: rng.weighted([['plain', 40], ['p-span', 35], ['styled', 25]] as const),
    fullWidth: layout === 'html' && rng.chance(0.12),
    splitT2: rng.chance(0.3),
    noise: rng.chance(0.7),
    labelVariants: rng.chance(0.3),
    t3Note: rng.chance(0.7),
    // Drawn last and only for PDFs, so the other layouts' documents stay as they were.
    ...(layout === 'pdf' ? { pdf: pickPdfStyle(rng) } : {}),
  };
}

function validate(o: CorpusOptions): void {
  const bad = (msg: string) => { throw new Error(`generateCorpus: ${msg}`); };
  if (!Number.isInteger(o.agencies) || o.agencies < 1) bad(`agencies must be a positive integer, got ${o.agencies}`);
  if (!Number.isInteger(o.fromYear) || !Number.isInteger(o.toYear) || o.fromYear > o.toYear) bad(`bad year range ${o.fromYear}–${o.toYear}`);
  if (o.fromYear < 2019) bad(`fromYear ${o.fromYear}: reports before 2019 have no fixed tables`);
  if (o.mistakeRate !== undefined && !(o.mistakeRate >= 0 && o.mistakeRate <= 1)) bad(`mistakeRate must be in [0, 1], got ${o.mistakeRate}`);
  for (const l of o.layouts ?? []) if (!ALL_LAYOUTS.includes(l)) bad(`unknown layout ${l} (known: ${ALL_LAYOUTS.join(', ')})`);
}

/** One planned document: the model, how it is laid out, and its truth (bytes not rendered yet). */
export type PlannedDocument = { model: ReportModel; layout: Layout; style: RenderStyle; truth: TruthRecord };

/**
 * Plan reports agency by agency, year by year, with their truth, without rendering them.
 * Deterministic: the same options give the same plan.
 */
export function* planCorpus(opts: CorpusOptions): Generator<PlannedDocument> {
  validate(opts);
  const root = new Rng(opts.seed);
  const layouts = opts.layouts && opts.layouts.length ? opts.layouts : LAYOUTS;
  const rate = opts.mistakeRate ?? 0.15;
  for (const agency of buildAgencyDirectory(opts.agencies, opts.seed)) {
    const states = simulateAgency(agency, opts.fromYear, opts.toYear, root.fork(`sim:${agency.id}`));
    let prev: PreviousYear = null;
    for (const state of states) {
      const rng = root.fork(`doc:${agency.id}:${state.year}`);
      const draft = cleanDraft(agency, state, rng);
      injectMistakes(draft, prev, rate, rng);
      const model = toModel(draft, `${root.seed}/text:${agency.id}:${state.year}`);
      const crossYear: TruthFlag[] = prev ? carryOverFlags(prev.cells, draft.cells) : [];
      const flags = [...draft.flags, ...crossYear];
      const dir = [...agency.region, agency.name].join('/');
      const layout = rng.pick(layouts);
      const style = pickStyle(layout, rng);
      const file = `${dir}/${state.year}.${LAYOUT_EXTENSION[layout]}`;
      // Key order is the truth.jsonl order: file, agency, region, year, template, layout, cells, flags, extras.
      const truth: TruthRecord = {
        file, agency: agency.name, region: agency.region, year: state.year, template: draft.template, layout, cells: draft.cells, flags,
        agencyId: agency.id, regionCode: agency.regionCode, agencyType: agency.type, publishedAt: draft.publishedAt,
        mistakes: draft.mistakes, style: describeStyle(layout, style),
      };
      yield { model, layout, style, truth };
      if (draft.duplicate) {
        const other = layouts.length > 1 ? rng.pick(layouts.filter((l) => l !== layout)) : layout;
        const style2 = pickStyle(other, rng);
        const file2 = `${dir}/${state.year}-2.${LAYOUT_EXTENSION[other]}`;
        yield {
          model: { ...model, textSeed: `${model.textSeed}/dup` },
          layout: other,
          style: style2,
          truth: {
            ...truth, file: file2, layout: other, style: describeStyle(other, style2), duplicateOf: file,
            flags: [...flags, { code: 'DUPLICATE_REPORT', severity: 'warning', cells: [], expected: file, actual: file2 }],
          },
        };
      }
      prev = { template: draft.template, cells: draft.cells };
    }
  }
}

/**
 * Generate reports agency by agency, year by year, with their truth. Deterministic: the same
 * options give byte-identical documents. Lazy: documents are made as they are consumed.
 */
export function* generateCorpus(opts: CorpusOptions): Generator<GeneratedDocument> {
  for (const p of planCorpus(opts)) yield { file: p.truth.file, bytes: renderReport(p.model, p.layout, p.style), truth: p.truth };
}
