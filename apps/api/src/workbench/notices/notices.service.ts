import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { composeNotice, composeRegionSummary, ReviewInputError, type NoticeDoc, type NoticeKind, type TrendPoint } from '@gongkai/report-review';
import { type Flag } from '@gongkai/report-checks';
import { type TemplateId } from '@gongkai/report-format';
import { AuditService } from '../../audit/services/audit.service';
import { CoverageService } from '../coverage/coverage.service';
import { RiskService } from '../risk/risk.service';
import { RegionScope } from '../scope/region-scope.service';
import { NoticeDataRepository } from './notice-data.repository';
import { chinaDate, type NoticeFormat, renderNotice } from './notice-format';

export type RenderedNotice = { bytes: Uint8Array; fileName: string };
const TREND_YEARS = 5;
const asReviewError = (e: unknown): never => {
  if (e instanceof ReviewInputError) throw new BadRequestException(e.message);
  throw e;
};

/** 整改通知/评估意见 for an agency-year and the region summary for leadership, as DOCX or PDF. */
@Injectable()
export class NoticesService {
  constructor(
    private readonly data: NoticeDataRepository,
    private readonly risk: RiskService,
    private readonly coverage: CoverageService,
    private readonly scope: RegionScope,
    private readonly audit: AuditService,
  ) {}

  async noticeDoc(agencyId: number, year: number, kind: NoticeKind | null, issuer: string | null): Promise<{ doc: NoticeDoc; agency: string }> {
    const agency = await this.data.agency(agencyId);
    if (!agency || !this.scope.allowsChain(agency.regionCodes)) throw new NotFoundException(`agency ${agencyId} does not exist`);
    const report = await this.data.currentReport(agencyId, year);
    if (!report) throw new NotFoundException(`${agency.name} has no report for ${year}`);
    const [cells, flags, cards] = await Promise.all([
      this.data.cells(report.id),
      this.data.confirmedFlags(report.id),
      this.risk.cards({ year, regionCode: null, agencyTypes: null, agencyIds: [agencyId] }),
    ]);
    const confirmed: Flag[] = flags.map((f) => ({
      code: f.code, severity: f.severity as Flag['severity'], cells: f.cells, expected: f.expected, actual: f.actual, message: { zh: f.messageZh, en: f.messageEn },
    }));
    const date = chinaDate();
    try {
      const doc = composeNotice({
        kind: kind ?? (confirmed.length > 0 ? 'rectification' : 'assessment'),
        issuer: issuer?.trim() || `${agency.regionName}人民政府办公室`,
        agency: agency.name, year, reportTitle: report.title || undefined,
        template: (report.template === '2019' || report.template === '2021' ? report.template : null) as TemplateId | null,
        cells: Object.fromEntries(cells.map((c) => [c.key, c.value])),
        flags: confirmed, riskCard: cards[0]?.card, deadline: chinaDate(30), date,
      });
      return { doc, agency: agency.name };
    } catch (e) {
      return asReviewError(e);
    }
  }

  async notice(actor: string, agencyId: number, year: number, format: NoticeFormat, kind: NoticeKind | null, issuer: string | null): Promise<RenderedNotice> {
    const { doc, agency } = await this.noticeDoc(agencyId, year, kind, issuer);
    const bytes = await renderNotice(doc, format);
    await this.audit.record(actor, 'notice', { agencyId, year, format });
    return { bytes, fileName: `${agency}${year}年度报告${doc.blocks[0]?.kind === 'title' && doc.blocks[0].text.endsWith('评估意见') ? '评估意见' : '整改通知'}.${format}` };
  }

  async regionSummaryDoc(regionCode: string, year: number): Promise<{ doc: NoticeDoc; region: string }> {
    const region = await this.data.region(regionCode);
    if (!region) throw new NotFoundException(`region ${regionCode} does not exist`);
    const scope = this.scope.codes();
    if (scope && !region.chain.some((c) => scope.includes(c))) throw new ForbiddenException(`region ${regionCode} is outside your regions`);
    const years = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i);
    const [coverages, figures, worst, risk] = await Promise.all([
      Promise.all(years.map((y) => this.coverage.coverage(y, regionCode))),
      this.data.yearFigures([regionCode], years[0], year),
      this.data.worstProblems([regionCode], year, 8),
      this.risk.overview({ year, regionCode, agencyTypes: null, agencyIds: null, rating: null }),
    ]);
    const node = coverages[coverages.length - 1].tree.roots.find((r) => r.code === regionCode);
    if (!node) throw new NotFoundException(`region ${regionCode} has no agencies`);
    const trends: TrendPoint[] = years.map((y, i) => {
      const c = coverages[i].tree.totals;
      const f = figures.find((x) => x.year === y);
      const requests = f?.requests != null ? Number(f.requests) : null;
      return {
        year: y, agencies: c.agencies, onTime: c.onTime, late: c.late, missing: c.missing, errorFlags: f?.errorFlags ?? 0,
        substantiveDisclosureRate: requests ? Number(f?.granted ?? 0) / requests : null,
      };
    }).filter((t) => t.agencies - t.missing > 0 || t.year === year);
    try {
      const doc = composeRegionSummary({
        region: region.fullName, year, date: chinaDate(), coverage: node, trends, worstProblems: worst,
        ranking: risk.ranking.map((r) => ({ ...r, region: r.region.name })),
      });
      return { doc, region: region.fullName };
    } catch (e) {
      return asReviewError(e);
    }
  }

  async regionSummary(actor: string, regionCode: string, year: number, format: NoticeFormat): Promise<RenderedNotice> {
    const { doc, region } = await this.regionSummaryDoc(regionCode, year);
    const bytes = await renderNotice(doc, format);
    await this.audit.record(actor, 'region-summary', { regionCode, year, format });
    return { bytes, fileName: `${region}${year}年度报告审核情况.${format}` };
  }
}
