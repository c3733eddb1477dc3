import { describe, expect, it } from 'vitest';
import { type AppConfigService } from '../../../config/services/app-config.service';
import { type RegionScope } from '../../../workbench/scope/region-scope.service';
import { type DataVersion } from '../data-version';
import { ResultCache } from '../result-cache.service';

/** A DataVersion without a database: tests bump it and switch `live` by hand. */
class FakeVersion {
  live = true;
  current = 0;
  private readonly subs: (() => void)[] = [];
  listen(): void {}
  subscribe(fn: () => void): void {
    this.subs.push(fn);
  }
  bump(): void {
    this.current += 1;
    for (const fn of this.subs) fn();
  }
}

function setup(enabled = true) {
  const version = new FakeVersion();
  const scope = { codes: null as string[] | null };
  const config = { app: { resultCache: enabled, resultCacheMb: 1 } } as AppConfigService;
  const cache = new ResultCache(version as unknown as DataVersion, { codes: () => scope.codes } as unknown as RegionScope, config);
  let runs = 0;
  /** An answer that says how many times it was computed. */
  const compute = (delay = 0) => async () => {
    runs += 1;
    const n = runs;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    return { n };
  };
  return { version, scope, cache, compute, runs: () => runs };
}

describe('ResultCache', () => {
  it('answers a repeated call from the cache until the data version changes', async () => {
    const t = setup();
    expect(await t.cache.get('trend', { m: 'a', f: { r: ['1'], t: null } }, t.compute())).toEqual({ n: 1 });
    expect(await t.cache.get('trend', { m: 'a', f: { r: ['1'], t: null } }, t.compute())).toEqual({ n: 1 });
    // Same arguments in another key order, undefined as null: the same entry.
    expect(await t.cache.get('trend', { f: { t: undefined, r: ['1'] }, m: 'a' }, t.compute())).toEqual({ n: 1 });
    expect(await t.cache.get('trend', { m: 'a' }, t.compute())).toEqual({ n: 2 });
    expect(await t.cache.get('ranking', { m: 'a' }, t.compute())).toEqual({ n: 3 });
    t.version.bump();
    expect(t.cache.size).toBe(0);
    expect(await t.cache.get('trend', { m: 'a' }, t.compute())).toEqual({ n: 4 });
  });

  it('runs identical concurrent misses once', async () => {
    const t = setup();
    const answers = await Promise.all(Array.from({ length: 20 }, () => t.cache.get('trend', { m: 'a' }, t.compute(20))));
    expect(t.runs()).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it('does not keep an answer computed across a change, nor let later callers join it', async () => {
    const t = setup();
    const before = t.cache.get('flags', {}, t.compute(30));
    t.version.bump(); // a commit lands while the first computation is reading
    const after = t.cache.get('flags', {}, t.compute(0));
    expect(await before).toEqual({ n: 1 });
    expect(await after).toEqual({ n: 2 });
    // Neither the first (crossed the change) was kept; the second was.
    expect(await t.cache.get('flags', {}, t.compute())).toEqual({ n: 2 });
  });

  it('keeps the answers of different region scopes apart', async () => {
    const t = setup();
    t.scope.codes = ['340000'];
    expect(await t.cache.get('overview', { year: 2024 }, t.compute())).toEqual({ n: 1 });
    t.scope.codes = null;
    expect(await t.cache.get('overview', { year: 2024 }, t.compute())).toEqual({ n: 2 });
    t.scope.codes = ['320000'];
    expect(await t.cache.get('overview', { year: 2024 }, t.compute())).toEqual({ n: 3 });
    t.scope.codes = ['340000'];
    expect(await t.cache.get('overview', { year: 2024 }, t.compute())).toEqual({ n: 1 });
  });

  it('computes every time while not listening, or when disabled', async () => {
    const t = setup();
    t.version.live = false;
    await t.cache.get('trend', {}, t.compute());
    await t.cache.get('trend', {}, t.compute());
    expect(t.runs()).toBe(2);
    expect(t.cache.size).toBe(0);
    const off = setup(false);
    await off.cache.get('trend', {}, off.compute());
    await off.cache.get('trend', {}, off.compute());
    expect(off.runs()).toBe(2);
  });

  it('passes errors to every waiting caller and keeps nothing', async () => {
    const t = setup();
    const fail = async () => {
      await new Promise((r) => setTimeout(r, 10));
      throw new Error('database down');
    };
    const all = await Promise.allSettled([t.cache.get('trend', {}, fail), t.cache.get('trend', {}, fail)]);
    expect(all.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await t.cache.get('trend', {}, t.compute())).toEqual({ n: 1 });
  });
});
