import type { TableId } from '@gongkai/report-format';
import type { Rng } from '../random';
import type { PdfStyle } from '../types';

/** Share of PDFs whose table 2 has no ruling lines (tables 3 and 4 always have them: see README). */
const BORDERLESS_SHARE = 0.25;
/** How one PDF was printed, drawn from the document's own stream. */
export function pickPdfStyle(rng: Rng): PdfStyle {
  const page = rng.weighted([['word', 60], ['gongwen', 40]] as const);
  const bodySize = page === 'gongwen' ? rng.pick([14, 15, 16]) : rng.pick([12, 12, 14, 15]);
  const borderless: TableId[] = [];
  if (rng.chance(BORDERLESS_SHARE)) borderless.push('t2');
  return {
    page,
    bodySize,
    titleSize: rng.pick([18, 20, 22]),
    tableSize: rng.pick([9, 10, 10.5]),
    lineSpacing: rng.pick([1.5, 1.6, 1.75]),
    headingIndent: rng.chance(0.6),
    pageNumber: rng.weighted([['dash', 30], ['spaced-dash', 20], ['em-dash', 25], ['plain', 10], ['di-ye', 10], ['di-gong', 5]] as const),
    pageNumberAlign: rng.chance(0.7) ? 'centre' : 'outside',
    pageNumberFromBottom: rng.int(36, 56),
    runningHeader: rng.chance(0.25),
    repeatHeader: rng.chance(0.5),
    borderless,
    labelColumn: rng.pick([1, 1, 2, 3]),
    valueAlign: rng.chance(0.8) ? 'centre' : 'right',
    infoTitle: rng.weighted([['title', 50], ['file', 30], ['none', 20]] as const),
    producer: rng.chance(0.6) ? 'wps' : 'word',
  };
}

/** The style's distinctive choices for the truth file's `style` field. */
export function describePdfStyle(s: PdfStyle): string[] {
  return [
    s.page,
    `pn:${s.pageNumber}`,
    s.runningHeader ? 'running-header' : '',
    s.repeatHeader ? 'repeat-header' : '',
    s.borderless.length ? `borderless:${s.borderless.join('+')}` : '',
    `label-col:${s.labelColumn}`,
  ];
}
