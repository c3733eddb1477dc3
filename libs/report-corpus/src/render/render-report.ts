import { composeDocument } from '../narrative';
import type { Layout, ReportModel, RenderStyle } from '../types';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';
import { describePdfStyle } from './pdf-style';
import { renderText } from './render-text';

export const LAYOUT_EXTENSION: Readonly<Record<Layout, string>> = { text: 'txt', html: 'html', docx: 'docx', pdf: 'pdf' };

/** Render one report model in a layout; the same model and style always give the same bytes. */
export function renderReport(model: ReportModel, layout: Layout, style: RenderStyle): Uint8Array {
  const blocks = composeDocument(model, style);
  switch (layout) {
    case 'text': return renderText(blocks, style, model.textSeed);
    case 'html': return renderHtml(blocks, style, model.agency.name, model.publishedAt, model.textSeed);
    case 'docx': return renderDocx(blocks, style.splitT2, model.textSeed);
    case 'pdf': return renderPdf(blocks, style, { agency: model.agency.name, year: model.year, publishedAt: model.publishedAt }, model.textSeed);
    default: throw new Error(`unknown layout ${String(layout)}`);
  }
}

/** A short description of a style for the truth file (debugging aid). */
export function describeStyle(layout: Layout, s: RenderStyle): string {
  const parts: string[] = [layout];
  if (layout === 'html') parts.push(s.encoding, s.nesting, s.fullWidth ? 'fullwidth' : '', s.splitT2 ? 'split-t2' : '', s.thousands ? 'thousands' : '');
  if (layout === 'text' && s.encoding !== 'utf-8') parts.push(s.encoding);
  if (layout === 'text' && s.crlf) parts.push('crlf');
  if ((layout === 'docx' || layout === 'pdf') && s.splitT2) parts.push('split-t2');
  if (layout === 'pdf' && s.pdf) parts.push(...describePdfStyle(s.pdf));
  if (layout === 'text' && s.noise) parts.push('noise');
  if (s.labelVariants) parts.push('variants');
  if (!s.t3Note) parts.push('no-note');
  return parts.filter(Boolean).join(',');
}
