import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeMetrics, findCell, TEMPLATES, type TemplateId } from '@gongkai/report-format';
import { DataSource } from 'typeorm';
import { type AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/services/audit.service';
import { CellKeysRepository } from '../../database/repositories/cell-keys.repository';
import { RecheckService } from '../../ingestion/services/recheck.service';
import { RegionScope } from '../scope/region-scope.service';
import { CellCorrectionsRepository, type CorrectionRow } from './cell-corrections.repository';
import { type CellCorrectionDto } from './correction.dto';
import { CorrectionWritesRepository } from './correction-writes.repository';

/** "表三 申请人情况 … / 自然人" from the catalog. */
export function cellLabel(key: string): { zh: string; en: string } {
  const c = findCell(key);
  if (!c) return { zh: key, en: key };
  const table = TEMPLATES['2021'].tables.find((t) => t.id === c.table) ?? TEMPLATES['2019'].tables.find((t) => t.id === c.table);
  return { zh: `${table?.zh ?? c.table} ${c.row.zh}（${c.column.zh}）`, en: `${table?.en ?? c.table} ${c.row.en} (${c.column.en})` };
}

const toDto = (c: CorrectionRow): CellCorrectionDto => ({ ...c, id: String(c.id), label: cellLabel(c.key) });

/**
 * A supervisor corrects a parsed cell (a typo in the document, a figure confirmed by phone):
 * every version is kept; the cell and the report's metrics take the new value (dashboards and
 * rollups follow); the report's checks and its neighbours' cross-year checks run again.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: CellCorrectionsRepository,
    private readonly writes: CorrectionWritesRepository,
    private readonly cellKeys: CellKeysRepository,
    private readonly recheck: RecheckService,
    private readonly scope: RegionScope,
    private readonly audit: AuditService,
  ) {}

  async history(reportId: number, contentHash?: string): Promise<CellCorrectionDto[]> {
    const hash = contentHash ?? (await this.hashOf(reportId));
    return hash ? (await this.store.history(hash)).map(toDto) : [];
  }

  async correct(user: AuthUser, reportId: number, key: string, value: number | null, reason: string): Promise<CellCorrectionDto[]> {
    const why = reason.trim();
    if (!why) throw new BadRequestException('a correction needs a reason');
    if (value != null && !Number.isFinite(value)) throw new BadRequestException(`value ${value} is not a number`);
    const report = await this.writes.report(this.db.manager, reportId);
    if (!report || !(await this.scope.allowsAgency(report.agencyId))) throw new NotFoundException(`report ${reportId} does not exist`);
    if (report.status !== 'current') throw new BadRequestException(`report ${reportId} has been superseded: correct the current version`);
    const keyId = (await this.cellKeys.idsFor([key]))[0];
    await this.db.transaction(async (em) => {
      await this.writes.report(em, reportId, true); // row lock: corrections of one report in turn
      const cells = await this.writes.cells(em, reportId);
      const cell = cells.find((c) => c.keyId === keyId);
      if (!cell) throw new BadRequestException(`report ${reportId} has no cell ${key}`);
      const earlier = (await this.store.history(report.contentHash)).find((c) => c.key === key);
      await this.store.insert(em, {
        hash: report.contentHash, key, reportId,
        originalValue: earlier ? earlier.originalValue : cell.value, originalRaw: earlier ? earlier.originalRaw : cell.raw,
        previousValue: cell.value, value, reason: why, by: user.email,
      });
      await this.writes.setValue(em, reportId, keyId, value);
      if (report.template in TEMPLATES) {
        const values = Object.fromEntries(cells.map((c) => [this.cellKeys.keyOf(c.keyId), c.keyId === keyId ? value : c.value]));
        await this.writes.setMetrics(em, reportId, computeMetrics(report.template as TemplateId, values));
      }
    });
    // Single-report checks from the stored document with its corrections, then cross-year and peers.
    await this.recheck.recheck(user.email, [reportId]);
    await this.audit.record(user.email, 'correct-cell', { reportId, key, value, reason: why });
    return this.history(reportId, report.contentHash);
  }

  private async hashOf(reportId: number): Promise<string | null> {
    return (await this.writes.report(this.db.manager, reportId))?.contentHash ?? null;
  }
}
