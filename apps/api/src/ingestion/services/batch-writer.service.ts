import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type RegionRow } from '../../agencies/repositories/agencies.repository';
import { CellKeysRepository } from '../../database/repositories/cell-keys.repository';
import { RollupsRepository } from '../../database/repositories/rollups.repository';
import { countBySeverity } from '../../flags/utils/flag-rows';
import { type PreparedReport, type WriteOutcome } from '../prepared-report';
import { type AgencyKey, type BatchMetric, type BatchReport, BatchWriteRepository, type FlagOwner } from '../repositories/batch-write.repository';
import { numberArrayLiteral } from '../utils/pg-array-literal';

const agencyKey = (p: PreparedReport) => `${p.regions[p.regions.length - 1].code}|${p.agency.key}`;

/**
 * Stores many prepared reports in ONE transaction with a fixed number of statements
 * (regions, agencies, ids, supersede, reports + cells, metrics, flags): all of them or none.
 * The caller retries a failed batch report by report, so one bad report costs only itself.
 * Reports of the same agency-year are versions in input order: the last one is current.
 */
@Injectable()
export class BatchWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: BatchWriteRepository,
    private readonly cellKeys: CellKeysRepository,
    private readonly rollups: RollupsRepository,
  ) {}

  /** `deferRollups`: leave metric_rollups to RollupsRepository.refreshStale (bulk imports). */
  async write(batch: readonly PreparedReport[], actor: string, deferRollups = false): Promise<WriteOutcome[]> {
    if (batch.length === 0) return [];
    // Every key gets its id before the transaction (new keys are added to the dictionary).
    const keyIds: string[] = [];
    for (const p of batch) keyIds.push(await this.keyIdsLiteral(p.cells.keys));
    return this.db.transaction(async (em) => {
      if (deferRollups) await this.rollups.defer(em, batch.map((p) => p.year));
      return this.writeIn(em, batch, actor, keyIds);
    });
  }

  /** Reports of one template share their key list: its id literal is built once. */
  private readonly keyLiterals = new Map<string, string>();
  private async keyIdsLiteral(keys: readonly string[]): Promise<string> {
    const joined = keys.join('\n');
    let literal = this.keyLiterals.get(joined);
    if (literal == null) {
      literal = numberArrayLiteral(await this.cellKeys.idsFor(keys));
      if (this.keyLiterals.size > 1000) this.keyLiterals.clear();
      this.keyLiterals.set(joined, literal);
    }
    return literal;
  }

  private async writeIn(em: EntityManager, batch: readonly PreparedReport[], actor: string, keyIds: readonly string[]): Promise<WriteOutcome[]> {
    await this.repo.relaxDurability(em);
    const regions = new Map<string, RegionRow>();
    for (const p of batch) for (const r of p.regions) if (!regions.has(r.code)) regions.set(r.code, r);
    await this.repo.upsertRegions(em, [...regions.values()]);

    // First spelling of each agency key in the upsert; other spellings in the batch become aliases.
    const agencies = new Map<string, AgencyKey>();
    const spellings: PreparedReport[] = [];
    for (const p of batch) {
      const k = agencyKey(p);
      const first = agencies.get(k);
      if (!first) {
        agencies.set(k, { regionCode: p.regions[p.regions.length - 1].code, key: p.agency.key, name: p.agency.name, level: p.agency.level, type: p.agency.type, regionCodes: p.regions.map((r) => r.code) });
      } else if (first.name !== p.agency.name && !spellings.some((s) => agencyKey(s) === k && s.agency.name === p.agency.name)) {
        spellings.push(p);
      }
    }
    const agencyIds = await this.repo.upsertAgencies(em, [...agencies.values()]);
    for (const p of spellings) await this.repo.upsertAgencies(em, [{ ...agencies.get(agencyKey(p))!, name: p.agency.name }]);

    const ids = await this.repo.allocateReportIds(em, batch.length);
    const agencyOf = batch.map((p) => agencyIds.get(agencyKey(p)) as number);
    const pairKey = (i: number) => `${agencyOf[i]}:${batch[i].year}`;
    const pairs = [...new Map(batch.map((p, i) => [pairKey(i), { agencyId: agencyOf[i], year: p.year }])).values()];
    const previous = new Map((await this.repo.supersede(em, pairs)).map((r) => [`${r.agencyId}:${r.year}`, r.id]));
    const last = new Map(batch.map((_, i) => [pairKey(i), i]));

    const reports: BatchReport[] = [];
    const metrics: BatchMetric[] = [];
    const flagOwners: FlagOwner[] = [];
    const outcomes: WriteOutcome[] = [];
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i];
      const r = p.report;
      const counts = countBySeverity(p.flags);
      const prev = previous.get(pairKey(i)) ?? null;
      previous.set(pairKey(i), ids[i]);
      const current = last.get(pairKey(i)) === i;
      reports.push({
        id: ids[i], agencyId: agencyOf[i], year: p.year, template: p.template, layout: r.layout, fileName: p.fileName, contentHash: p.hash,
        sourceBytes: p.bytes, sourceText: p.sourceText, publishedAt: r.publishedAt, status: current ? 'current' : 'superseded', previousVersionId: prev,
        title: r.title, sections: r.sectionsJson, notes: r.notesJson, ingestedBy: actor, counts,
        cells: { values: p.cells.values, raws: p.cells.raws, pos: p.cells.pos, invalid: p.cells.invalid, keyIds: keyIds[i] },
      });
      if (current) for (const [metric, value] of Object.entries(p.metrics)) metrics.push({ reportId: ids[i], agencyId: agencyOf[i], year: p.year, metric, value });
      for (let f = 0; f < p.flags.length; f++) flagOwners.push({ reportId: ids[i], year: p.year, current });
      outcomes.push({ reportId: ids[i], duplicate: false, replaced: prev != null, agencyId: agencyOf[i], flagCount: counts.error + counts.warning + counts.info });
    }
    await this.repo.insertReports(em, reports);
    await this.repo.insertMetrics(em, metrics);
    await this.repo.insertFlags(em, flagOwners, batch.flatMap((p) => p.flags));
    return outcomes;
  }
}
