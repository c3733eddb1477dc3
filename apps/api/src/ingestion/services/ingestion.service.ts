import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit/services/audit.service';
import { IndexSuspension } from '../../database/repositories/index-suspension.repository';
import { RollupsRepository } from '../../database/repositories/rollups.repository';
import { type AgencyYear } from '../../flags/repositories/check-inputs.repository';
import { CrossChecksService } from '../../flags/services/cross-checks.service';
import { type FileResultDto } from '../dtos/outputs/file-result.dto';
import { type PreparedReport, type WriteOutcome } from '../prepared-report';
import { IngestionReadRepository } from '../repositories/ingestion-read.repository';
import { contentHash } from '../utils/content-hash';
import { type InputFile } from '../utils/file-sources';
import { orderedPipeline } from '../utils/ordered-pipeline';
import { PreparePool } from '../workers/prepare-pool';
import { BatchWriter } from './batch-writer.service';
import { ReportPreparer } from './report-preparer.service';
import { ReportWriter } from './report-writer.service';

type Prepared =
  | { kind: 'new'; report: PreparedReport }
  | { kind: 'duplicate'; id: number }
  /** The same bytes as an earlier file of this run (index into the run's results). */
  | { kind: 'same-as'; index: number }
  | { kind: 'error'; message: string };
export type IngestOptions = {
  onResult?: (result: FileResultDto, index: number) => void;
  audit?: boolean;
  /** Parse in this many worker threads (bulk imports from the built code); 0 = in this thread. */
  workers?: number;
  /** Reports per database transaction. */
  batchSize?: number;
  /** Recompute the rollups once at the end instead of per statement (large imports). */
  bulk?: boolean;
  /** How many files a bulk import brings (when known): a large one builds report_metrics' indexes at its end. */
  expectedFiles?: number;
};

const DEFAULT_BATCH = 250;

function* chunks<T>(items: Iterable<T>, size: number): Iterable<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Upload path of every document (GraphQL, HTTP, CLI, demo data): hash, skip known bytes, parse
 * and check (in worker threads for bulk imports), then store a batch of reports per
 * transaction (a failing batch is retried report by report, so a report is stored whole or not
 * at all and one bad file costs only itself), then recompute cross-year and peer flags once
 * for the agency-years the run touched. The rollups follow by trigger, set-based.
 */
@Injectable()
export class IngestionService {
  private readonly log = new Logger('Ingestion');

  constructor(
    private readonly preparer: ReportPreparer,
    private readonly writer: ReportWriter,
    private readonly batches: BatchWriter,
    private readonly reads: IngestionReadRepository,
    private readonly crossChecks: CrossChecksService,
    private readonly audit: AuditService,
    private readonly rollups: RollupsRepository,
    private readonly indexes: IndexSuspension,
  ) {}

  async ingest(files: Iterable<InputFile>, actor: string, opts: IngestOptions = {}): Promise<FileResultDto[]> {
    const results: FileResultDto[] = [];
    const touched: AgencyYear[] = [];
    const started = Date.now();
    const suspended = opts.bulk && opts.expectedFiles != null && (await this.indexes.worthSuspending(opts.expectedFiles))
      ? await this.indexes.suspend('report_metrics') : [];
    const pool = opts.workers && opts.workers > 0 ? new PreparePool(opts.workers) : null;
    const seen = new Map<string, number>();
    let offset = 0;
    let storing = 0;
    try {
      await orderedPipeline(
        chunks(files, opts.batchSize ?? DEFAULT_BATCH),
        pool ? 2 : 1,
        (chunk) => {
          const first = offset;
          offset += chunk.length;
          return this.prepareChunk(chunk, first, seen, pool);
        },
        async (prepared, chunk) => {
          const t = Date.now();
          const stored = await this.storeChunk(prepared, chunk, actor, touched, results, opts.bulk === true);
          storing += Date.now() - t;
          for (const r of stored) {
            results.push(r);
            opts.onResult?.(r, results.length - 1);
          }
        },
      );
    } catch (e) {
      if (suspended.length > 0) await this.indexes.restore();
      throw e;
    } finally {
      await pool?.close();
    }
    const stored = Date.now();
    // The rollup refresh and the index builds (inside PostgreSQL) and the cross-year checks
    // (mostly this process) touch different tables: they run side by side, on both cores.
    const refreshed = opts.bulk ? this.finishInDatabase(suspended.length > 0).then(() => null, (e: Error) => e) : Promise.resolve(null);
    if (touched.length > 0) {
      try {
        await this.crossChecks.recompute(touched);
      } catch (e) {
        this.log.error(`cross-year/peer checks failed: ${(e as Error).message}`);
      }
      const counts = await this.reads.flagCounts(results.filter((r) => r.ok && !r.duplicate).map((r) => Number(r.reportId)));
      for (const r of results) if (r.ok && !r.duplicate) r.flagCount = counts.get(Number(r.reportId)) ?? r.flagCount;
    }
    const refreshError = await refreshed;
    if (refreshError) throw refreshError;
    if (results.length >= 50) {
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      this.log.log(`${results.length} files in ${s(Date.now() - started)}: parse+store ${s(stored - started)} (of which waiting on the database ${s(storing)}), cross-year/peer checks and rollups ${s(Date.now() - stored)}`);
    }
    if (opts.audit !== false) {
      await this.audit.record(actor, 'upload', {
        files: results.length,
        added: results.filter((r) => r.ok && !r.duplicate).length,
        duplicates: results.filter((r) => r.duplicate).length,
        failed: results.filter((r) => !r.ok).map((r) => r.fileName).slice(0, 100),
      });
    }
    return results;
  }

  /** The end of a bulk import inside PostgreSQL: stale rollups, then the suspended indexes (even if the rollups fail). */
  private async finishInDatabase(restoreIndexes: boolean): Promise<void> {
    try {
      await this.rollups.refreshStale();
    } finally {
      if (restoreIndexes) await this.indexes.restore();
    }
    // Fresh statistics (and visibility maps after a large import) for the first dashboard queries.
    await this.indexes.settle(restoreIndexes);
  }

  /** Hash, look the hashes up in one query, and prepare the new documents. */
  private async prepareChunk(chunk: InputFile[], first: number, seen: Map<string, number>, pool: PreparePool | null): Promise<Prepared[]> {
    const hashes = chunk.map((f) => contentHash(f.bytes));
    const local = hashes.map((h, i) => {
      const earlier = seen.get(h);
      if (earlier === undefined) seen.set(h, first + i);
      return earlier;
    });
    let known: Map<string, number>;
    try {
      known = await this.reads.idsByHashes(hashes.filter((_, i) => local[i] === undefined));
    } catch (e) {
      return chunk.map(() => ({ kind: 'error', message: (e as Error).message }));
    }
    const prepare = async (f: InputFile, hash: string): Promise<Prepared> => {
      try {
        return { kind: 'new', report: pool ? await pool.prepare(f.fileName, f.bytes, hash) : await this.preparer.prepare(f.fileName, f.bytes, hash) };
      } catch (e) {
        return { kind: 'error', message: (e as Error).message };
      }
    };
    const out: Promise<Prepared>[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const id = known.get(hashes[i]);
      if (local[i] !== undefined) out.push(Promise.resolve({ kind: 'same-as', index: local[i] as number }));
      else if (id != null) out.push(Promise.resolve({ kind: 'duplicate', id }));
      // In this thread one at a time (parsing is CPU-bound); the pool spreads them over the workers.
      else out.push(pool ? prepare(chunk[i], hashes[i]) : Promise.resolve(await prepare(chunk[i], hashes[i])));
    }
    const prepared = await Promise.all(out);
    if (pool) await this.applyCorrections(prepared);
    return prepared;
  }

  /** Workers prepare without the workbench's cell corrections: redo here the few documents that have some. */
  private async applyCorrections(prepared: Prepared[]): Promise<void> {
    const fresh = prepared.filter((p): p is Extract<Prepared, { kind: 'new' }> => p.kind === 'new');
    const corrected = await this.reads.hashesWithCorrections(fresh.map((p) => p.report.hash));
    for (let i = 0; i < prepared.length && corrected.size > 0; i++) {
      const p = prepared[i];
      if (p.kind !== 'new' || !corrected.has(p.report.hash)) continue;
      try {
        prepared[i] = { kind: 'new', report: await this.preparer.prepare(p.report.fileName, p.report.bytes, p.report.hash) };
      } catch (e) {
        prepared[i] = { kind: 'error', message: (e as Error).message };
      }
    }
  }

  private async storeChunk(prepared: Prepared[], chunk: InputFile[], actor: string, touched: AgencyYear[], earlier: readonly FileResultDto[], bulk: boolean): Promise<FileResultDto[]> {
    const fresh = prepared.flatMap((p, i) => (p.kind === 'new' ? [{ i, report: p.report }] : []));
    const outcomes = new Map<number, WriteOutcome | Error>();
    if (fresh.length > 0) {
      try {
        const written = await this.batches.write(fresh.map((x) => x.report), actor, bulk);
        fresh.forEach((x, k) => outcomes.set(x.i, written[k]));
      } catch (e) {
        // Something in the batch failed (or raced another writer): nothing of it was stored;
        // store report by report so only the faulty one fails.
        this.log.warn(`batch of ${fresh.length} rolled back (${(e as Error).message}); storing them one by one`);
        for (const x of fresh) {
          try {
            outcomes.set(x.i, await this.writer.write(x.report, actor));
          } catch (err) {
            outcomes.set(x.i, err as Error);
          }
        }
      }
    }
    const out: FileResultDto[] = [];
    for (let i = 0; i < prepared.length; i++) {
      const p = prepared[i];
      const base = { fileName: chunk[i].fileName, replaced: false, error: null, flagCount: 0 };
      if (p.kind === 'error') out.push({ ...base, ok: false, reportId: null, duplicate: false, error: p.message });
      else if (p.kind === 'duplicate') out.push({ ...base, ok: true, reportId: String(p.id), duplicate: true });
      else if (p.kind === 'same-as') {
        const first = earlier[p.index] ?? out[p.index - earlier.length];
        out.push(first?.ok ? { ...base, ok: true, reportId: first.reportId, duplicate: true } : { ...base, ok: false, reportId: null, duplicate: false, error: first?.error ?? 'not stored' });
      } else {
        const o = outcomes.get(i);
        if (o instanceof Error || o === undefined) {
          const message = o?.message ?? 'not stored';
          this.log.warn(`${chunk[i].fileName}: ${message}`);
          out.push({ ...base, ok: false, reportId: null, duplicate: false, error: `${chunk[i].fileName}: ${message}` });
        } else {
          if (!o.duplicate) touched.push({ agencyId: o.agencyId, year: p.report.year });
          out.push({ ...base, ok: true, reportId: String(o.reportId), duplicate: o.duplicate, replaced: o.replaced, flagCount: o.flagCount });
        }
      }
    }
    return out;
  }
}
