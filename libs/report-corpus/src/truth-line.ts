import type { TruthRecord } from './types';

/** One line of truth.jsonl (records are built with keys in the truth.jsonl order). */
export function truthLine(t: TruthRecord): string {
  return JSON.stringify(t);
}
