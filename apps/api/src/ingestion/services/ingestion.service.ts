import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit/services/audit.service';
import { type AgencyYear } from '../../flags/repositories/check-inputs.repository';
import { CrossChecksService } from '../../flags/services/cross-checks.service';
import { type FileResultDto } from '../dtos/outputs/file-result.dto';
import { type PreparedReport } from '../prepared-report';
import { IngestionReadRepository } from '../repositories/ingestion-read.repository';
import { contentHash } from '../utils/content-hash';
import { type InputFile } from '../utils/file-sources';
import { orderedPipeline } from '../utils/ordered-pipeline';
import { ReportPreparer } from './report-preparer.service';
import { ReportWriter } from './report-writer.service';

type Prepared = { kind: 'new'; report: PreparedReport } | { kind: 'duplicate'; id: number } | { kind: 'error'; message: string };
export type IngestOptions = { onResult?: (result: FileResultDto, index: number) => void; audit?: boolean };

/** How many documents are parsed ahead of the (ordered) database writes. */
const PARSE_AHEAD = 4;

/**
 * Upload path of every document (GraphQL, HTTP, CLI, demo data): parse and check each file,
 * store each in its own transaction, then recompute cross-year and peer flags once for the
 * agency-years the batch touched. A failing file is reported and the rest proceeds.
 */
@Injectable()
export class IngestionService {
  private readonly log = new Logger('Ingestion');

  constructor(
    private readonly preparer: ReportPreparer,
    private readonly writer: ReportWriter,
    private readonly reads: IngestionReadRepository,
    private readonly crossChecks: CrossChecksService,
    private readonly audit: AuditService,
  ) {}

  async ingest(files: Iterable<InputFile>, actor: string, opts: IngestOptions = {}): Promise<FileResultDto[]> {
    const results: FileResultDto[] = [];
    const touched: AgencyYear[] = [];
    const started = Date.now();
    let storing = 0;
    await orderedPipeline(files, PARSE_AHEAD, (f) => this.prepare(f), async (prepared, file, index) => {
      const t = Date.now();
      const result = await this.store(prepared, file, actor, touched);
      storing += Date.now() - t;
      results.push(result);
      opts.onResult?.(result, index);
    });
    const stored = Date.now();
    if (touched.length > 0) {
      try {
        await this.crossChecks.recompute(touched);
      } catch (e) {
        this.log.error(`cross-year/peer checks failed: ${(e as Error).message}`);
      }
      const counts = await this.reads.flagCounts(results.filter((r) => r.ok && !r.duplicate).map((r) => Number(r.reportId)));
      for (const r of results) if (r.ok && !r.duplicate) r.flagCount = counts.get(Number(r.reportId)) ?? r.flagCount;
    }
    if (results.length >= 50) {
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      this.log.log(`${results.length} files in ${s(Date.now() - started)}: parse+store ${s(stored - started)} (of which waiting on the database ${s(storing)}), cross-year/peer checks ${s(Date.now() - stored)}`);
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

  private async prepare(file: InputFile): Promise<Prepared> {
    try {
      const hash = contentHash(file.bytes);
      const id = await this.reads.idByHash(hash);
      if (id != null) return { kind: 'duplicate', id };
      return { kind: 'new', report: await this.preparer.prepare(file.fileName, file.bytes, hash) };
    } catch (e) {
      return { kind: 'error', message: (e as Error).message };
    }
  }

  private async store(p: Prepared, file: InputFile, actor: string, touched: AgencyYear[]): Promise<FileResultDto> {
    const base = { fileName: file.fileName, replaced: false, error: null, flagCount: 0 };
    if (p.kind === 'error') return { ...base, ok: false, reportId: null, duplicate: false, error: p.message };
    if (p.kind === 'duplicate') return { ...base, ok: true, reportId: String(p.id), duplicate: true };
    try {
      const out = await this.writer.write(p.report, actor);
      if (!out.duplicate) touched.push({ agencyId: out.agencyId, year: p.report.year });
      return { ...base, ok: true, reportId: String(out.reportId), duplicate: out.duplicate, replaced: out.replaced, flagCount: out.flagCount };
    } catch (e) {
      this.log.warn(`${file.fileName}: ${(e as Error).message}`);
      return { ...base, ok: false, reportId: null, duplicate: false, error: `${file.fileName}: ${(e as Error).message}` };
    }
  }
}
