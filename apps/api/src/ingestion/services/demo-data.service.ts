import { existsSync } from 'node:fs';
import { Injectable, Logger } from '@nestjs/common';
import { demoCorpus } from '@gongkai/report-corpus';
import { AppConfigService } from '../../config/services/app-config.service';
import { UsersService } from '../../users/services/users.service';
import { IngestionReadRepository } from '../repositories/ingestion-read.repository';
import { filesFromPath, type InputFile } from '../utils/file-sources';
import { IngestionService } from './ingestion.service';

function* take<T>(items: Iterable<T>, limit: number): Iterable<T> {
  let n = 0;
  for (const item of items) {
    if (limit > 0 && n++ >= limit) return;
    yield item;
  }
}

/**
 * First start on an empty database: the generated demo corpus plus the real reports in
 * ../shared/reports, through the normal ingestion path; then the demo accounts.
 */
@Injectable()
export class DemoDataService {
  private readonly log = new Logger('DemoData');

  constructor(
    private readonly config: AppConfigService,
    private readonly ingestion: IngestionService,
    private readonly reads: IngestionReadRepository,
    private readonly users: UsersService,
  ) {}

  async loadIfEmpty(): Promise<{ files: number; added: number; failed: number; ms: number } | null> {
    if (!this.config.app.demoData || (await this.reads.reportCount()) > 0) return null;
    const started = Date.now();
    const { sharedReportsDir, demoLimit } = this.config.app;
    const real: InputFile[] = existsSync(sharedReportsDir) ? filesFromPath(sharedReportsDir) : [];
    // Lazily: documents are generated as the pipeline asks for them.
    const documents = (function* (): Iterable<InputFile> {
      yield* real;
      for (const doc of take(demoCorpus(), demoLimit)) yield { fileName: doc.file, bytes: doc.bytes };
    })();
    this.log.log(`loading demo data${demoLimit ? ` (first ${demoLimit} documents)` : ''} and ${real.length} real reports…`);
    const results = await this.ingestion.ingest(documents, 'system', {
      bulk: true,
      onResult: (_, i) => (i + 1) % 500 === 0 && this.log.log(`${i + 1} documents…`),
    });
    await this.users.ensureDemoUsers();
    const summary = {
      files: results.length,
      added: results.filter((r) => r.ok && !r.duplicate).length,
      failed: results.filter((r) => !r.ok).length,
      ms: Date.now() - started,
    };
    for (const r of results.filter((x) => !x.ok).slice(0, 10)) this.log.warn(r.error ?? r.fileName);
    this.log.log(`demo data: ${summary.added} reports from ${summary.files} files in ${(summary.ms / 1000).toFixed(1)} s (${summary.failed} failed)`);
    return summary;
  }
}
