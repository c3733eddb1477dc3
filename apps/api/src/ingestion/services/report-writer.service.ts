import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CellKeysRepository } from '../../database/repositories/cell-keys.repository';
import { countBySeverity } from '../../flags/utils/flag-rows';
import { type PreparedReport, type WriteOutcome } from '../prepared-report';
import { ReportWriteRepository } from '../repositories/report-write.repository';
import { numberArrayLiteral } from '../utils/pg-array-literal';

const UNIQUE_VIOLATION = '23505';
const violated = (e: unknown, constraint: string) =>
  (e as { code?: string }).code === UNIQUE_VIOLATION && (e as { constraint?: string }).constraint === constraint;

/**
 * Stores one prepared report in ONE transaction: region, agency, the report (superseding the
 * agency's current report of that year), all its cells, metrics and flags, or nothing.
 * About four round trips per report: agency (skipped when known), current version, the rows.
 */
@Injectable()
export class ReportWriter {
  /** Agencies known to exist with this exact spelling (filled after commit only). */
  private readonly agencyIds = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ReportWriteRepository,
    private readonly cellKeys: CellKeysRepository,
  ) {}

  async write(p: PreparedReport, actor: string): Promise<WriteOutcome> {
    const keyIds = numberArrayLiteral(await this.cellKeys.idsFor(p.cells.keys));
    for (let attempt = 0; ; attempt++) {
      try {
        const out = await this.db.transaction((em) => this.writeIn(em, p, actor, keyIds));
        this.agencyIds.set(this.agencyKey(p), out.agencyId);
        return out;
      } catch (e) {
        // The same bytes committed meanwhile (another upload): a duplicate, not an error.
        if (violated(e, 'reports_content_hash_uq')) {
          const id = await this.repo.findByHash(this.db.manager, p.hash);
          if (id != null) return { reportId: id, duplicate: true, replaced: false, agencyId: 0, flagCount: 0 };
        }
        // Another writer made a version of this agency-year current meanwhile: read it again.
        if (violated(e, 'reports_current_uq') && attempt < 3) continue;
        this.agencyIds.delete(this.agencyKey(p));
        throw e;
      }
    }
  }

  private agencyKey(p: PreparedReport): string {
    return `${p.regions.map((r) => r.code).join('/')}|${p.agency.name}`;
  }

  private async writeIn(em: EntityManager, p: PreparedReport, actor: string, keyIds: string): Promise<WriteOutcome> {
    // A bulk import need not wait for each commit's WAL flush: a crash loses at most the last
    // moments of commits (whole reports, never half of one), and re-importing is idempotent.
    await this.repo.relaxDurability(em);
    const agencyId = this.agencyIds.get(this.agencyKey(p)) ?? (await this.repo.upsertAgency(em, p.regions, p.agency));
    const previous = await this.repo.currentReport(em, agencyId, p.year);
    if (previous != null) await this.repo.supersede(em, previous);
    const r = p.report;
    const counts = countBySeverity(p.flags);
    const metricIds = Object.keys(p.metrics);
    const reportId = await this.repo.insertReport(
      em,
      {
        agencyId, year: p.year, template: p.template, layout: r.layout, fileName: p.fileName, contentHash: p.hash,
        sourceBytes: p.bytes, sourceText: p.sourceText, publishedAt: r.publishedAt, previousVersionId: previous,
        title: r.title, sections: r.sectionsJson, notes: r.notesJson, ingestedBy: actor, counts,
      },
      { ...p.cells, keyIds },
      { regionCodes: p.regions.map((x) => x.code), type: p.agency.type, ids: metricIds, values: metricIds.map((m) => p.metrics[m]) },
      p.flags,
    );
    return { reportId, duplicate: false, replaced: previous != null, agencyId, flagCount: counts.error + counts.warning + counts.info };
  }
}
