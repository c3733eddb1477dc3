import { CheckInputError } from './errors';
import { COMPARISON_RULES } from './registry';
import type { TextReport } from './rules/text-copied';
import type { Flag } from './types';

/**
 * TEXT_COPIED for `current` against one `source` report: the same agency's previous report,
 * or another agency's report of the same year found with findSimilar.
 */
export function checkTextCopied(current: TextReport, source: TextReport): Flag[] {
  if (current.id === source.id) throw new CheckInputError(`a report is compared with itself (${current.id})`, 'checkTextCopied');
  for (const r of [current, source]) {
    const ids = new Set<string>();
    for (const s of r.sections) {
      if (typeof s.text !== 'string') throw new CheckInputError(`section ${s.id} has no text`, `report ${r.id}`);
      if (ids.has(s.id)) throw new CheckInputError(`section ${s.id} appears twice`, `report ${r.id}`);
      ids.add(s.id);
    }
  }
  return COMPARISON_RULES.TEXT_COPIED(current, source);
}
