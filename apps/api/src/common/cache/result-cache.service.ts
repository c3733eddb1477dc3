import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfigService } from '../../config/services/app-config.service';
import { RegionScope } from '../../workbench/scope/region-scope.service';
import { approximateSize } from './approximate-size';
import { DataVersion } from './data-version';
import { stableJson } from './stable-json';

type Entry = { value: unknown; size: number };

/**
 * Answers of read-only dashboard queries, kept until the data changes (DataVersion). The key is
 * the operation, its normalised arguments and the caller's region scope, so callers of different
 * scopes never share an answer. Identical concurrent misses run once (single flight). An answer
 * is stored only if no change was signalled while it was computed, so an answer that read
 * before a change and finished after it is never kept.
 */
@Injectable()
export class ResultCache {
  private readonly lru: LRUCache<string, Entry> | null;
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(private readonly version: DataVersion, private readonly scope: RegionScope, config: AppConfigService) {
    const { resultCache, resultCacheMb } = config.app;
    this.lru = resultCache ? new LRUCache<string, Entry>({ max: 20_000, maxSize: resultCacheMb * 1024 * 1024, sizeCalculation: (e) => e.size }) : null;
    version.subscribe(() => {
      this.lru?.clear();
      // Requests after a change must not join a computation that may have read before it.
      this.inflight.clear();
    });
  }

  /** Entries held (tests, diagnostics). */
  get size(): number {
    return this.lru?.size ?? 0;
  }

  /** `compute()`'s answer for (op, args, caller's scope): from the cache when the data has not changed since. */
  async get<T>(op: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    const lru = this.lru;
    if (!lru) return compute();
    this.version.listen();
    if (!this.version.live) return compute();
    const key = `${op}\u0000${stableJson({ scope: this.scope.codes(), args })}`;
    const hit = lru.get(key);
    if (hit) return hit.value as T;
    const running = this.inflight.get(key);
    if (running) return running as Promise<T>;
    const started = this.version.current;
    const promise: Promise<T> = compute().then((value) => {
      if (this.version.live && this.version.current === started) lru.set(key, { value, size: approximateSize(value) + key.length });
      return value;
    }).finally(() => {
      if (this.inflight.get(key) === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, promise);
    return promise;
  }
}
