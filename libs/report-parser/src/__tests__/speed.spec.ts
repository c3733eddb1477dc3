import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from './fixtures/shared-dir';
import { parseDocumentSync } from '../index';
import { buildCase } from './fixtures/cases';
import { renderDocx, renderHtml } from './fixtures/render';

/** Reports per second on one core, after a warm-up (printed, not asserted: CI machines vary). */
function rate(bytes: Uint8Array, ms: number): number {
  for (let i = 0; i < 20; i++) parseDocumentSync(bytes);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    expect(parseDocumentSync(bytes).ok).toBe(true);
    n++;
  }
  return Math.round((n * 1000) / (performance.now() - t0));
}

describe('parse speed (one core)', () => {
  it('text, HTML and DOCX reports per second', () => {
    const text = readFileSync(join(sharedDir, 'reports', 'huaibei-gongan-2022.txt'));
    const c = buildCase({ template: '2021' });
    const html = renderHtml(c.model, { chrome: true, nested: true, encoding: 'gbk' });
    const docx = renderDocx(c.model);
    const r = { text: rate(text, 400), html: rate(html, 300), docx: rate(docx, 300) };
    console.log(`report-parser speed: text ${r.text}/s (${text.length} B), html ${r.html}/s (${html.length} B, GBK), docx ${r.docx}/s (${docx.length} B)`);
    expect(r.text).toBeGreaterThan(0);
  });
});
