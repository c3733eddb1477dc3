import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { readPdf } from '../read-pdf';
import { grid, hasCjkFont, makePdf, pageNumber, text } from './draw-pdf';

// PDFs per second, one core: `node_modules/.bin/vitest bench --run --project report-parser`.
const hongze = new Uint8Array(readFileSync(join(__dirname, '../../../../../../shared/reports/hongze-2023.pdf')));

/** A generated report page: a title, five lines of text, an 8×5 bordered table, a page number. */
function reportPage(n: number) {
  return (d: Parameters<Parameters<typeof makePdf>[0][number]>[0]) => {
    text(d, 100, 60, '某某县人民政府2023年政府信息公开工作年度报告', 16);
    for (let k = 0; k < 5; k++) text(d, 60, 100 + k * 20, '政府信息公开工作取得成效，主动公开政府信息1136条。', 12);
    const cells = Array.from({ length: 8 }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => ({ r, c, lines: [c === 0 ? `（${r}）不予公开的情形第${r}项` : String(r * c)], right: c > 0 })),
    ).flat();
    grid(d, 60, 320, [200, 60, 60, 60, 60], Array(8).fill(22), cells);
    pageNumber(d, `-${n}-`);
  };
}

// Built once, on the first call (no top-level await: this is a CommonJS-typed file).
let generated: Promise<[Uint8Array, Uint8Array]> | undefined;
const pdfs = () => (generated ??= Promise.all([makePdf([reportPage(1)]), makePdf([reportPage(1), reportPage(2), reportPage(3)])]));

describe('readPdf throughput', () => {
  bench('hongze-2023.pdf (5 pages, 8 embedded CJK fonts)', async () => void (await readPdf(hongze)), { iterations: 20 });
  if (hasCjkFont) {
    bench('generated, 1 page with a table', async () => void (await readPdf((await pdfs())[0])), { iterations: 100, setup: async () => void (await pdfs()) });
    bench('generated, 3 pages with tables', async () => void (await readPdf((await pdfs())[1])), { iterations: 50, setup: async () => void (await pdfs()) });
  }
});
