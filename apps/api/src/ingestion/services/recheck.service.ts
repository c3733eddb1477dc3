import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/services/audit.service';
import { type AgencyYear } from '../../flags/repositories/check-inputs.repository';
import { FlagWriteRepository, type ReportFlags } from '../../flags/repositories/flag-write.repository';
import { CrossChecksService } from '../../flags/services/cross-checks.service';
import { IngestionReadRepository } from '../repositories/ingestion-read.repository';
import { ReportPreparer } from './report-preparer.service';

const CHUNK = 200;

/**
 * Runs every check again on stored documents (after a rule change): re-reads the stored
 * bytes, replaces the single-report flags, then the cross-year and peer flags. Flags that
 * are produced again keep their id and their review.
 */
@Injectable()
export class RecheckService {
  private readonly log = new Logger('Recheck');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: IngestionReadRepository,
    private readonly preparer: ReportPreparer,
    private readonly flags: FlagWriteRepository,
    private readonly crossChecks: CrossChecksService,
    private readonly audit: AuditService,
  ) {}

  async recheck(actor: string, reportIds: number[] | null): Promise<number> {
    const touched: AgencyYear[] = [];
    const failed: string[] = [];
    let after = 0;
    for (;;) {
      const docs = await this.reads.documentsAfter(after, reportIds, CHUNK);
      if (docs.length === 0) break;
      after = docs[docs.length - 1].id;
      const batch: ReportFlags[] = [];
      for (const d of docs) {
        try {
          const p = await this.preparer.prepare(d.fileName, new Uint8Array(d.bytes), d.contentHash);
          batch.push({ reportId: d.id, rows: p.flags });
          touched.push({ agencyId: d.agencyId, year: d.year });
        } catch (e) {
          // A document the current parser no longer reads keeps its flags; say so and go on.
          failed.push(`${d.id} ${d.fileName}: ${(e as Error).message}`);
        }
      }
      await this.db.transaction((em) => this.flags.replace(em, ['report'], batch));
    }
    await this.crossChecks.recompute(touched);
    for (const f of failed.slice(0, 20)) this.log.warn(`recheck skipped ${f}`);
    await this.audit.record(actor, 'recheck', { reports: touched.length, failed: failed.slice(0, 100), ids: reportIds?.slice(0, 100) ?? 'all' });
    return touched.length;
  }
}
