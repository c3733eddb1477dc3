import { BadRequestException, Injectable } from '@nestjs/common';
import { METRICS } from '@gongkai/report-format';
import { AuditService } from '../../audit/services/audit.service';
import { RegionScope } from '../../workbench/scope/region-scope.service';
import { ExportRepository } from '../repositories/export.repository';

export type ExportQuery = { fromYear?: string; toYear?: string; regionCodes?: string; agencyTypes?: string };

const MAX_ROWS = 500_000;
const csvCell = (v: unknown): string => {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const year = (v: string | undefined, name: string): number | null => {
  if (v == null || v === '') return null;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new BadRequestException(`${name} must be a year, got "${v}"`);
  return n;
};
const list = (v: string | undefined): string[] | null => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : null);

/** CSV of current reports with every catalog metric, for analysts' own tools. */
@Injectable()
export class ExportService {
  constructor(private readonly repo: ExportRepository, private readonly audit: AuditService, private readonly scope: RegionScope) {}

  async reportsCsv(actor: string, q: ExportQuery): Promise<string> {
    const rows = await this.repo.rows(year(q.fromYear, 'fromYear'), year(q.toYear, 'toYear'), await this.scope.narrow(list(q.regionCodes)), list(q.agencyTypes), MAX_ROWS);
    const header = ['reportId', 'agency', 'agencyType', 'region', 'regionCode', 'year', 'template', 'fileName', 'publishedAt', 'errors', 'warnings', 'infos', ...METRICS.map((m) => m.id)];
    const lines = rows.map((r) => [r.id, r.agency, r.agencyType, r.region, r.regionCode, r.year, r.template, r.fileName, r.publishedAt,
      r.errorCount, r.warningCount, r.infoCount, ...METRICS.map((m) => r.metrics?.[m.id])].map(csvCell).join(','));
    await this.audit.record(actor, 'export', { rows: rows.length, query: q });
    return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
  }
}
