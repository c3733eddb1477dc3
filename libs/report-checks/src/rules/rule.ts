import type { ReportContext } from '../context';
import type { Flag, YearFacts } from '../types';

/** A rule on one report: one file per rule, listed in ../registry.ts. */
export type ReportRule = { code: string; evaluate(ctx: ReportContext): Flag[] };

/** A rule on an agency's report against its previous year. */
export type CrossYearRule = { code: string; evaluate(current: YearFacts, previous: YearFacts): Flag[] };
