import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findMetric, type CellValues, type TemplateId } from '@gongkai/report-format';
import { checkAcrossYears, checkDuplicates, checkPeers, checkTextCopied, OUTLIER_METRIC_IDS, type Flag } from '@gongkai/report-checks';
import { DataSource } from 'typeorm';
import { CellKeysRepository } from '../../database/repositories/cell-keys.repository';
import { type AgencyYear, type CheckedReport, CheckInputsRepository, type DocumentRow } from '../repositories/check-inputs.repository';
import { FlagWriteRepository, type ReportFlags } from '../repositories/flag-write.repository';
import { toFlagRows } from '../utils/flag-rows';

const CHUNK = 1000;
const pairKey = (agencyId: number, year: number) => `${agencyId}:${year}`;
const peerKey = (r: CheckedReport) => `${r.province}|${r.type}|${r.level}|${r.year}`;

/** The cell keys the peer rule reads: the sources of its outlier metrics, derived from the catalog. */
const peerCellKeys = (): string[] => {
  const keys = new Set<string>();
  for (const id of OUTLIER_METRIC_IDS) {
    const m = findMetric(id);
    if (m?.kind === 'sum') for (const list of Object.values(m.sources)) for (const k of list ?? []) keys.add(k);
  }
  return [...keys];
};

/**
 * Recomputes the flags that depend on other reports, for the agency-years an import touched:
 * cross-year checks against the previous year (and for the next year's report against this
 * one), duplicates among an agency-year's documents, and peer outliers of their groups.
 */
@Injectable()
export class CrossChecksService {
  private readonly log = new Logger('CrossChecks');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly inputs: CheckInputsRepository,
    private readonly flags: FlagWriteRepository,
    private readonly cellKeys: CellKeysRepository,
  ) {}

  async recompute(touched: readonly AgencyYear[]): Promise<{ reports: number }> {
    const unique = [...new Map(touched.map((t) => [pairKey(t.agencyId, t.year), t])).values()];
    const peerGroups = new Map<string, { province: string; type: string; level: string; year: number }>();
    let reports = 0;
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      const inChunk = new Set(chunk.map((c) => pairKey(c.agencyId, c.year)));
      const checked = await this.crossYear(chunk);
      reports += checked.length;
      for (const r of checked) if (inChunk.has(pairKey(r.agencyId, r.year))) peerGroups.set(peerKey(r), r);
    }
    const groups = [...peerGroups.values()];
    for (let i = 0; i < groups.length; i += CHUNK) await this.peers(groups.slice(i, i + CHUNK));
    return { reports };
  }

  private async crossYear(chunk: AgencyYear[]): Promise<CheckedReport[]> {
    const targets = chunk.flatMap((t) => [t, { agencyId: t.agencyId, year: t.year + 1 }]);
    const wanted = [...targets, ...targets.map((t) => ({ agencyId: t.agencyId, year: t.year - 1 }))];
    const current = await this.inputs.currentReports(wanted);
    const byPair = new Map(current.map((r) => [pairKey(r.agencyId, r.year), r]));
    const targetReports = [...new Map(targets.map((t) => [pairKey(t.agencyId, t.year), byPair.get(pairKey(t.agencyId, t.year))])).values()]
      .filter((r): r is CheckedReport => r != null);
    const cells = await this.loadCells(current.map((r) => r.id));
    const docsByPair = new Map<string, DocumentRow[]>();
    for (const d of await this.inputs.documents(targetReports)) {
      const k = pairKey(d.agencyId, d.year);
      const list = docsByPair.get(k);
      if (list) list.push(d);
      else docsByPair.set(k, [d]);
    }
    const texts = new Map((await this.inputs.sections(current.map((r) => r.id))).map((r) => [r.id, r.sections]));
    const textOf = (r: CheckedReport) => ({ id: String(r.id), year: r.year, sections: texts.get(r.id) ?? [] });
    const batch: ReportFlags[] = targetReports.map((r) => {
      const prev = byPair.get(pairKey(r.agencyId, r.year - 1));
      const flags: Flag[] = prev
        ? checkAcrossYears(
            { year: r.year, template: r.template as TemplateId, cells: cells.get(r.id) ?? {} },
            { year: prev.year, template: prev.template as TemplateId, cells: cells.get(prev.id) ?? {} },
          )
        : [];
      if (prev) flags.push(...checkTextCopied(textOf(r), textOf(prev)));
      const own = docsByPair.get(pairKey(r.agencyId, r.year)) ?? [];
      if (own.length > 1) {
        const dup = checkDuplicates(own.map((d) => ({ id: String(d.id), agencyKey: String(d.agencyId), year: d.year, contentHash: d.contentHash })));
        flags.push(...(dup.get(String(r.id)) ?? []));
      }
      return { reportId: r.id, rows: toFlagRows(flags, r.contentHash) };
    });
    await this.db.transaction((em) => this.flags.replace(em, ['crossYear'], batch));
    return targetReports;
  }

  private async peers(groups: { province: string; type: string; level: string; year: number }[]): Promise<void> {
    const reports = await this.inputs.peerReports(groups);
    const keyIds = await this.cellKeys.idsFor(peerCellKeys());
    const cells = await this.loadCells(reports.map((r) => r.id), keyIds);
    const result = checkPeers(reports.map((r) => ({ id: String(r.id), group: peerKey(r), template: r.template as TemplateId, cells: cells.get(r.id) ?? {} })));
    const batch = reports.map((r) => ({ reportId: r.id, rows: toFlagRows(result.get(String(r.id)) ?? [], r.contentHash) }));
    await this.db.transaction((em) => this.flags.replace(em, ['peer'], batch));
    this.log.debug(`peer checks over ${reports.length} reports in ${groups.length} groups`);
  }

  private async loadCells(reportIds: number[], keyIds: number[] | null = null): Promise<Map<number, CellValues>> {
    const out = new Map<number, CellValues>();
    if (reportIds.length === 0) return out;
    const wanted = keyIds ? new Set(keyIds) : null;
    for (const row of await this.inputs.cells(reportIds)) {
      const c: CellValues = {};
      for (let i = 0; i < row.keyIds.length; i++) if (!wanted || wanted.has(row.keyIds[i])) c[this.cellKeys.keyOf(row.keyIds[i])] = row.values[i];
      out.set(row.reportId, c);
    }
    return out;
  }
}
