import { TYPE_PROFILE } from './agency-names';
import type { Rng } from './random';
import type { Agency } from './types';

/** Table 3 rows the simulation fills (the 2021 rows; the 2019 single row is their sum). */
export const T3_OUTCOME_ROWS = [
  'granted', 'partiallyGranted',
  'denied.stateSecret', 'denied.lawProhibited', 'denied.securityStability', 'denied.thirdPartyRights',
  'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFiles', 'denied.inquiryMatters',
  'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear',
  'notProcessed.petition', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation',
  'otherProcessing.noCorrection', 'otherProcessing.unpaidFee', 'otherProcessing.other',
] as const;
const OUTCOME_WEIGHTS = [45, 10, 0.5, 1, 0.5, 2, 2, 2, 1, 2, 15, 3, 2, 3, 2, 0.5, 1, 1, 3, 0.2, 4];
export const APPLICANT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const;
const APPLICANT_WEIGHTS = [85, 8, 0.5, 1, 3, 2.5];
export const T4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

type Triple = { issued: number; repealed: number; inForce: number };
type Items = { previousItems: number; change: number; decisions: number };

/** What an agency really did in a year; the cells of either template derive from it. */
export type YearState = {
  year: number;
  /** Table 3 per row: the six applicant columns (totals are sums). */
  t3: Record<string, number[]>;
  /** Table 4 per group: upheld, corrected, other, pending. */
  t4: Record<string, number[]>;
  regulations: Triple;
  normativeDocs: Triple;
  licensing: Items;
  otherServices: Items;
  punishment: Items;
  coercion: Items;
  fees: { previousItems: number; change: number; amount: number };
  procurement: { items: number; amount: number };
};

const count = (rng: Rng, mean: number): number => (mean <= 0 ? 0 : Math.max(0, Math.floor(mean * Math.exp(0.3 * rng.normal()) + rng.next())));
const money = (n: number): number => Math.round(n * 100) / 100;

/**
 * Simulate one agency year by year. Chains hold by construction: carriedOver = last year's
 * carriedForward per column, inForce = last inForce + issued − repealed, 2019 item counts
 * follow previousItems + change; volumes trend and fees drift.
 */
export function simulateAgency(agency: Agency, fromYear: number, toYear: number, rng: Rng): YearState[] {
  const p = TYPE_PROFILE[agency.type];
  const s = agency.size;
  const trend = 0.04 + 0.1 * rng.normal();
  const appW = APPLICANT_WEIGHTS.map((w) => w * Math.exp(0.4 * rng.normal()));
  const outW = OUTCOME_WEIGHTS.map((w) => w * Math.exp(0.5 * rng.normal()));
  const issuesRules = agency.type === 'government' && agency.level !== 'county';
  const isGov = agency.type === 'government';
  let carried = rng.split(count(rng, p.requests * s * 0.05), appW);
  let regsInForce = issuesRules ? rng.int(10, 120) : 0;
  let docsInForce = Math.round((isGov ? rng.int(40, 300) : rng.int(0, 40)) * Math.sqrt(s));
  let feeAmount = p.fees > 0 && rng.chance(0.8) ? money(p.fees * s * Math.exp(0.8 * rng.normal())) : 0;
  const items = {
    licensing: rng.int(5, 150), otherServices: rng.int(0, 60), punishment: rng.int(20, 800), coercion: rng.int(0, 40), fees: rng.int(0, 15),
  };
  const states: YearState[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const t = year - fromYear;
    const volume = p.requests * s * Math.exp(trend * t + 0.25 * rng.normal());
    const fresh = rng.split(count(rng, volume), appW);
    const forward: number[] = [];
    const handled: number[] = [];
    for (let c = 0; c < APPLICANT_COLUMNS.length; c++) {
      const available = fresh[c] + carried[c];
      const f = available > 0 && rng.chance(0.35) ? Math.floor(available * 0.12 * rng.next()) : 0;
      forward.push(f);
      handled.push(available - f);
    }
    const t3: Record<string, number[]> = { newRequests: fresh, carriedOver: carried };
    for (const row of T3_OUTCOME_ROWS) t3[row] = APPLICANT_COLUMNS.map(() => 0);
    for (let c = 0; c < APPLICANT_COLUMNS.length; c++) {
      const parts = rng.split(handled[c], outW);
      T3_OUTCOME_ROWS.forEach((row, i) => { t3[row][c] = parts[i]; });
    }
    t3.carriedForward = forward;

    const t4: Record<string, number[]> = {};
    const lambdas = [volume * 0.02, volume * 0.008, volume * 0.004];
    T4_GROUPS.forEach((g, i) => {
      const n = rng.chance(0.5) ? count(rng, lambdas[i]) : 0;
      t4[g] = rng.split(n, [60, 10, 15, 15]);
    });

    const regIssued = issuesRules ? rng.int(0, agency.level === 'province' ? 8 : 3) : 0;
    const regRepealed = issuesRules ? Math.min(regsInForce, rng.int(0, 3)) : 0;
    regsInForce += regIssued - regRepealed;
    const docIssued = count(rng, (isGov ? 12 : 2) * Math.sqrt(s));
    const docRepealed = Math.min(docsInForce, count(rng, (isGov ? 5 : 1) * Math.sqrt(s)));
    docsInForce += docIssued - docRepealed;
    const grow = Math.exp(trend * t);
    const itemsOf = (k: keyof typeof items, mean: number): Items => {
      const change = rng.chance(0.6) ? rng.int(-3, 4) : 0;
      const row = { previousItems: items[k], change: Math.max(change, -items[k]), decisions: count(rng, mean) };
      items[k] += row.change;
      return row;
    };
    const licensing = itemsOf('licensing', p.licensing * s * grow);
    const otherServices = itemsOf('otherServices', p.licensing * s * 0.3);
    const punishment = itemsOf('punishment', p.punishment * s * grow);
    const coercion = itemsOf('coercion', p.coercion * s);
    const feeChange = rng.chance(0.5) ? rng.int(-2, 2) : 0;
    const fees = { previousItems: items.fees, change: Math.max(feeChange, -items.fees), amount: feeAmount };
    items.fees += fees.change;
    feeAmount = feeAmount > 0 ? money(feeAmount * Math.exp(0.15 * rng.normal())) : 0;
    const procurementItems = count(rng, 8 * Math.sqrt(s));
    const procurement = { items: procurementItems, amount: procurementItems > 0 ? money(procurementItems * 30 * Math.exp(0.7 * rng.normal())) : 0 };

    states.push({
      year, t3, t4,
      regulations: { issued: regIssued, repealed: regRepealed, inForce: regsInForce },
      normativeDocs: { issued: docIssued, repealed: docRepealed, inForce: docsInForce },
      licensing, otherServices, punishment, coercion, fees, procurement,
    });
    carried = forward;
  }
  return states;
}
