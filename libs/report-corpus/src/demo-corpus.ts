import { generateCorpus } from './generate-corpus';
import type { GeneratedDocument } from './types';

export const DEMO_SEED = 'gongkai-demo-2025';

/** The demo data the API loads: a fixed seed, 300 agencies, 2019–2025, every layout. */
export function demoCorpus(): Iterable<GeneratedDocument> {
  return generateCorpus({ agencies: 300, fromYear: 2019, toYear: 2025, seed: DEMO_SEED, mistakeRate: 0.15 });
}
