// 淮北市公安局 2022 as the parser gives its text: the preamble before 一、总体情况, then the six
// sections cut at the catalog's headings (tab-indented table lines left out).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelForms, normalizeLabel, SECTIONS, type CellValues, type TemplateId } from '@gongkai/report-format';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the test-only locator of ../shared/ lives at the repo root
import { sharedDir } from '../../../../../vitest.shared.mts';
import type { CheckInput } from '../../types';

export const huaibeiText = (): string => readFileSync(join(sharedDir, 'reports', 'huaibei-gongan-2022.txt'), 'utf8');

/** Preamble (after the two title lines) and sections of a text export. */
export function splitText(text: string): { preamble: string; sections: CheckInput['sections'] } {
  const sections: CheckInput['sections'] = [];
  const preamble: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) continue;
    const compact = line.replace(/\[bookmark:[^\]]*\]/g, '').replace(/\s+/g, '');
    const heading = SECTIONS.find((s, i) => (compact.startsWith(`${s.number}、`) || compact.startsWith(`${i + 1}、`)) && labelForms(s).includes(normalizeLabel(compact)));
    if (heading) sections.push({ id: heading.id, heading: line.trim(), text: '' });
    else if (sections.length > 0) sections[sections.length - 1].text += `${line}\n`;
    else preamble.push(line);
  }
  return { preamble: preamble.join('\n'), sections };
}

export function huaibeiReport(): CheckInput {
  const expected = JSON.parse(readFileSync(join(sharedDir, 'reports', 'huaibei-gongan-2022.expected.json'), 'utf8')) as { year: number; template: TemplateId; cells: CellValues };
  const { preamble, sections } = splitText(huaibeiText());
  return { year: expected.year, template: expected.template, cells: expected.cells, sections, preamble, agency: '淮北市公安局', missingTables: [], missingRows: [], publishedAt: null };
}
