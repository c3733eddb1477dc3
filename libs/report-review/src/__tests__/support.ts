// Test helpers: the shared 洪泽区 2023 report's cells and flags, and text out of DOCX/PDF bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '@gongkai/report-checks';
import type { CellValues, TemplateId } from '@gongkai/report-format';
import { strFromU8, unzipSync } from 'fflate';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the test-only locator of ../shared/ lives at the repo root
import { sharedDir } from '../../../../vitest.shared.mts';

export function hongze() {
  const e = JSON.parse(readFileSync(join(sharedDir, 'reports', 'hongze-2023.expected.json'), 'utf8')) as { year: number; template: TemplateId; cells: CellValues };
  const flags = checkReport({ year: e.year, template: e.template, cells: e.cells, sections: [], missingTables: [], missingRows: [], publishedAt: '2023-02-15' });
  return { ...e, flags };
}

/** The visible text of word/document.xml: w:t runs, paragraphs on their own lines. */
export function docxText(bytes: Uint8Array): { files: string[]; xml: string; text: string } {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<w:t[^>]*>([^<]*)<\/w:t>/g, '$1').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { files: Object.keys(files).sort(), xml, text };
}

/** The text of every page, through pdf.js (the same reader the parser uses). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}
