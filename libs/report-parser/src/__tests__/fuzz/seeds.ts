import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValues } from '@gongkai/report-format';
import { sharedDir } from '../fixtures/shared-dir';

/** A document to mutate: its bytes, its layout, and the cells a clean parse must give. */
export type Seed = { name: string; layout: 'text' | 'html' | 'docx' | 'pdf'; bytes: Uint8Array; cells?: CellValues };

const reports = join(sharedDir, 'reports');
const expectedCells = (name: string): CellValues => (JSON.parse(readFileSync(join(reports, `${name}.expected.json`), 'utf8')) as { cells: CellValues }).cells;

/** The real reports in shared/: the Word text export of 淮北市公安局 2022 and the 洪泽区 2023 PDF. */
export function realSeeds(): { huaibei: Seed; hongze: Seed } {
  return {
    huaibei: { name: 'huaibei-gongan-2022.txt', layout: 'text', bytes: new Uint8Array(readFileSync(join(reports, 'huaibei-gongan-2022.txt'))), cells: expectedCells('huaibei-gongan-2022') },
    hongze: { name: 'hongze-2023.pdf', layout: 'pdf', bytes: new Uint8Array(readFileSync(join(reports, 'hongze-2023.pdf'))), cells: expectedCells('hongze-2023') },
  };
}

/**
 * Generated reports from @gongkai/report-corpus in text, HTML and DOCX, `perLayout` of each,
 * with the cells the generator printed. Imported lazily: the corpus is a test-time tool,
 * not a dependency of the parser.
 */
export async function generatedSeeds(perLayout: number, seed = 'fuzz'): Promise<Seed[]> {
  const { generateCorpus } = await import('@gongkai/report-corpus');
  const out: Seed[] = [];
  for (const layout of ['text', 'html', 'docx'] as const) {
    let n = 0;
    for (const d of generateCorpus({ agencies: Math.ceil(perLayout / 3), fromYear: 2019, toYear: 2025, seed: `${seed}-${layout}`, layouts: [layout], mistakeRate: 0.2 })) {
      out.push({ name: d.file.split('/').slice(-2).join('-'), layout, bytes: d.bytes, cells: d.truth.cells });
      if (++n >= perLayout) break;
    }
  }
  return out;
}
