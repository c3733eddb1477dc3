import { Injectable } from '@nestjs/common';
import { computeMetrics, type CellValues, type TemplateId, TEMPLATES } from '@gongkai/report-format';
import { decodeCursor, encodeCursor } from '../../common/graphql/page-info.dto';
import { fromSeverity, type ReportSort, type SortOrder } from '../../common/graphql/enums';
import { CellKeysRepository } from '../../database/repositories/cell-keys.repository';
import { FlagsService } from '../../flags/services/flags.service';
import { CellCorrectionsRepository } from '../../workbench/corrections/cell-corrections.repository';
import { RegionScope } from '../../workbench/scope/region-scope.service';
import { type ReportFilterInput } from '../dtos/inputs/report-filter.input';
import { type ReportConnectionDto, type ReportDto } from '../dtos/outputs/report.dto';
import { type CellArrays, type ReportQuery, ReportsRepository } from '../repositories/reports.repository';
import { buildTables, type StoredCell } from '../utils/build-tables';

const toQuery = (f: ReportFilterInput | null | undefined): ReportQuery => ({
  fromYear: f?.fromYear ?? null,
  toYear: f?.toYear ?? null,
  regionCodes: f?.regionCodes?.length ? f.regionCodes : null,
  agencyTypes: f?.agencyTypes?.length ? f.agencyTypes : null,
  agencyIds: f?.agencyIds?.length ? f.agencyIds.map(Number) : null,
  template: f?.template || null,
  flagCodes: f?.flagCodes?.length ? f.flagCodes : null,
  severities: f?.severities?.length ? f.severities.map(fromSeverity) : null,
  search: f?.search?.trim() || null,
});

@Injectable()
export class ReportsService {
  constructor(private readonly repo: ReportsRepository, private readonly cellKeys: CellKeysRepository, private readonly flags: FlagsService, private readonly scope: RegionScope, private readonly corrections: CellCorrectionsRepository) {}

  async list(filter: ReportFilterInput | null | undefined, sort: ReportSort, order: SortOrder, first: number, after: string | null | undefined): Promise<ReportConnectionDto> {
    const q = toQuery(filter);
    q.regionCodes = await this.scope.narrow(q.regionCodes);
    const offset = decodeCursor(after);
    const limit = Math.min(Math.max(first, 1), 500);
    const [rows, totalCount] = await Promise.all([this.repo.list(q, sort, order, limit, offset), this.repo.count(q)]);
    const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i + 1), node }));
    return { edges, totalCount, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: offset + rows.length < totalCount } };
  }

  /**
   * One report as the detail page shows it, in two round trips: the report (with its agency's
   * regions and last year's id), then cells, flags, versions and corrections at once. Not kept
   * in the service cache: the whole answer is (response cache), and a second copy of ~3,000
   * objects per report would only feed the garbage collector.
   */
  async detail(id: number): Promise<ReportDto | null> {
    const row = await this.repo.byId(id);
    if (!row || !this.scope.allowsChain(row.regionCodes)) return null;
    const { regionCodes: _regions, previousId, ...r } = row;
    const [arrays, flags, versions, corrected] = await Promise.all([
      this.repo.cellArrays(id, previousId),
      this.flags.ofReport(id),
      this.repo.versions(r.agencyId, r.year, id),
      this.corrections.current(r.contentHash),
    ]);
    const cells = this.storedCells(arrays.find((a) => a.reportId === id));
    const prev = previousId != null ? arrays.find((a) => a.reportId === previousId) : undefined;
    const values: CellValues = Object.fromEntries([...cells].map(([k, c]) => [k, c.value]));
    const previousValues: CellValues | null = prev ? Object.fromEntries(prev.keyIds.map((k, i) => [this.cellKeys.keyOf(k), prev.vals[i]])) : null;
    const template = r.template as TemplateId;
    const known = template in TEMPLATES;
    const tables = known ? buildTables(template, cells, previousValues, new Set(flags.flatMap((f) => f.cells))) : [];
    for (const c of tables.flatMap((t) => t.rows.flatMap((row) => row.cells))) c.corrected = corrected.has(c.key);
    return {
      ...r,
      sections: r.sections.map((s) => ({ id: s.id, heading: s.heading, text: s.text })),
      tables,
      flags,
      metrics: known ? computeMetrics(template, values) : {},
      previousReportId: previousId != null ? String(previousId) : null,
      versions,
    };
  }

  private storedCells(a: CellArrays | undefined): Map<string, StoredCell> {
    const out = new Map<string, StoredCell>();
    if (!a) return out;
    a.keyIds.forEach((k, i) => out.set(this.cellKeys.keyOf(k), { value: a.vals[i], raw: a.raws?.[i] ?? '', pos: a.pos?.[i] ?? null }));
    return out;
  }
}
