import { Injectable } from '@nestjs/common';
import { coverageTree, type CoverageNode, type CoverageTree } from '@gongkai/report-review';
import { ResultCache } from '../../common/cache/result-cache.service';
import { CoverageStatus } from '../dtos/workbench-enums';
import { RegionScope } from '../scope/region-scope.service';
import { type CoverageAgencyDto, type CoverageDto, type CoverageNodeDto } from './coverage.dto';
import { type CoverageAgencyRow, type CoverageRegionRow, type CoverageReportRow, CoverageRepository } from './coverage.repository';

export type CoverageResult = { tree: CoverageTree; dto: CoverageDto };

/** Earliest date of the agency's documents for the year → its status (several documents count once). */
function statusOf(a: CoverageAgencyRow, docs: CoverageReportRow[], deadline: string): CoverageAgencyDto {
  const current = docs.find((d) => d.status === 'current') ?? docs[0];
  const dates = docs.map((d) => d.publishedAt).filter((d): d is string => d != null).sort();
  const status = docs.length === 0 ? CoverageStatus.MISSING
    : dates.length === 0 ? CoverageStatus.UNDATED
      : dates[0] <= deadline ? CoverageStatus.ON_TIME : CoverageStatus.LATE;
  return { agencyId: String(a.id), name: a.name, regionCode: a.regionCode, status, publishedAt: dates[0] ?? null, reportId: current ? String(current.id) : null };
}

/** Who published a year's report on time, late or not at all, per region, within the caller's scope. */
@Injectable()
export class CoverageService {
  constructor(private readonly repo: CoverageRepository, private readonly scope: RegionScope, private readonly cache: ResultCache) {}

  /** Cached until the data changes (per caller scope). */
  coverage(year: number, regionCode: string | null): Promise<CoverageResult> {
    return this.cache.get('coverage', { year, regionCode }, () => this.computeCoverage(year, regionCode));
  }

  private async computeCoverage(year: number, regionCode: string | null): Promise<CoverageResult> {
    const roots = await this.scope.narrow(regionCode ? [regionCode] : null);
    const all = await this.repo.regions();
    const regions = this.subtree(all, roots);
    const inTree = new Set(regions.map((r) => r.code));
    const agencies = (await this.repo.agencies(roots)).filter((a) => inTree.has(a.regionCode));
    const reports = agencies.length ? await this.repo.reports(agencies.map((a) => a.id), [year]) : [];
    const tree = coverageTree(
      regions.map((r) => ({ code: r.code, name: r.name, parent: r.parentCode != null && inTree.has(r.parentCode) ? r.parentCode : null })),
      agencies.map((a) => ({ id: String(a.id), name: a.name, region: a.regionCode })),
      reports.map((r) => ({ agencyId: String(r.agencyId), year: r.year, publishedAt: r.publishedAt })),
      year,
    );
    const docsOf = new Map<number, CoverageReportRow[]>();
    for (const r of reports) docsOf.set(r.agencyId, [...(docsOf.get(r.agencyId) ?? []), r]);
    const byRegion = new Map<string, CoverageAgencyDto[]>();
    for (const a of agencies) byRegion.set(a.regionCode, [...(byRegion.get(a.regionCode) ?? []), statusOf(a, docsOf.get(a.id) ?? [], tree.deadline)]);
    const nodes: CoverageNodeDto[] = [];
    const walk = (n: CoverageNode, parent: string | null, depth: number) => {
      if (n.counts.agencies === 0) return;
      nodes.push({ code: n.code, name: n.name, parentCode: parent, depth, counts: n.counts, agencies: byRegion.get(n.code) ?? [] });
      for (const c of n.children) walk(c, n.code, depth + 1);
    };
    for (const r of tree.roots) walk(r, null, 0);
    const missing = nodes.flatMap((n) => n.agencies.filter((a) => a.status === CoverageStatus.MISSING));
    return { tree, dto: { year, deadline: tree.deadline, totals: tree.totals, nodes, missing } };
  }

  /** The regions under any of `roots` (all when null), roots included. */
  private subtree(all: CoverageRegionRow[], roots: string[] | null): CoverageRegionRow[] {
    if (!roots) return all;
    const parent = new Map(all.map((r) => [r.code, r.parentCode]));
    const under = (code: string): boolean => {
      for (let c: string | null | undefined = code, steps = 0; c != null && steps < 10; c = parent.get(c), steps++) if (roots.includes(c)) return true;
      return false;
    };
    return all.filter((r) => under(r.code));
  }
}
