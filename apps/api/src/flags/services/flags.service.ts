import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/services/audit.service';
import { ResultCache } from '../../common/cache/result-cache.service';
import { RegionScope } from '../../workbench/scope/region-scope.service';
import { filterParams, type MetricFilterInput } from '../../analytics/dtos/inputs/metric-filter.input';
import { decodeCursor, encodeCursor } from '../../common/graphql/page-info.dto';
import { fromSeverity, ReviewStatus, toSeverity } from '../../common/graphql/enums';
import { type ReportSummaryDto } from '../../reports/dtos/outputs/report-summary.dto';
import { type FlagFilterInput } from '../dtos/inputs/flag-filter.input';
import { type FlagConnectionDto, type FlagCountDto, type FlagDto } from '../dtos/outputs/flag.dto';
import { type FlagQuery, type FlagRowOut, FlagsRepository } from '../repositories/flags.repository';

export const toFlagDto = (f: FlagRowOut): FlagDto => ({
  id: f.id, code: f.code, severity: toSeverity(f.severity), cells: f.cells, expected: f.expected, actual: f.actual,
  message: { zh: f.messageZh, en: f.messageEn }, status: f.status as ReviewStatus, reviewer: f.reviewer, note: f.note,
  reviewedAt: f.reviewedAt, report: f.report as unknown as ReportSummaryDto,
});

const toQuery = (f: FlagFilterInput | null | undefined): FlagQuery => ({
  codes: f?.codes?.length ? f.codes : null,
  severities: f?.severities?.length ? f.severities.map(fromSeverity) : null,
  statuses: f?.statuses?.length ? f.statuses : null,
  regionCodes: f?.regionCodes?.length ? f.regionCodes : null,
  fromYear: f?.fromYear ?? null,
  toYear: f?.toYear ?? null,
  agencyIds: f?.agencyIds?.length ? f.agencyIds.map(Number) : null,
  reportId: f?.reportId ? Number(f.reportId) : null,
});

@Injectable()
export class FlagsService {
  constructor(private readonly repo: FlagsRepository, private readonly audit: AuditService, private readonly scope: RegionScope, private readonly cache: ResultCache) {}

  /** A page of flags and the total, cached until the data changes (a review is a change). */
  list(filter: FlagFilterInput | null | undefined, first: number, after: string | null | undefined): Promise<FlagConnectionDto> {
    const q = toQuery(filter);
    return this.cache.get('flags', { q, first, after: after ?? null }, () => this.computeList(q, first, after));
  }

  private async computeList(q: FlagQuery, first: number, after: string | null | undefined): Promise<FlagConnectionDto> {
    const scoped = { ...q, regionCodes: await this.scope.narrow(q.regionCodes) };
    const offset = decodeCursor(after);
    const limit = Math.min(Math.max(first, 1), 500);
    const [rows, totalCount] = await Promise.all([this.repo.list(scoped, limit, offset), this.repo.count(scoped)]);
    const end = offset + rows.length;
    return { nodes: rows.map(toFlagDto), totalCount, pageInfo: { endCursor: rows.length ? encodeCursor(end) : null, hasNextPage: end < totalCount } };
  }

  async ofReport(reportId: number): Promise<FlagDto[]> {
    return (await this.repo.byReport(reportId)).map(toFlagDto);
  }

  counts(fromYear: number, toYear: number, filter: MetricFilterInput | null | undefined): Promise<FlagCountDto[]> {
    const p = filterParams(filter);
    return this.cache.get('flagCounts', { fromYear, toYear, p }, async () => {
      const regionCodes = await this.scope.narrow(p.regionCodes);
      return this.repo.countsByCodeYear(fromYear, toYear, regionCodes, p.agencyTypes, p.agencyIds);
    });
  }

  /** Confirm, dismiss (with a reason) or reopen; kept by fingerprint, so it survives rechecks. */
  async review(user: AuthUser, id: number, decision: ReviewStatus, note: string | null | undefined): Promise<FlagDto> {
    const flag = await this.repo.byId(id);
    if (!flag) throw new NotFoundException(`flag ${id} does not exist`);
    if (user.regionCodes.length > 0 && !flag.regionCodes.some((c) => user.regionCodes.includes(c))) {
      throw new ForbiddenException(`flag ${id} is outside your regions (${user.regionCodes.join(', ')})`);
    }
    const reason = note?.trim() || null;
    if (decision === ReviewStatus.DISMISSED && !reason) throw new BadRequestException('dismissing a flag needs a note saying why');
    if (decision === ReviewStatus.OPEN) await this.repo.deleteReview(flag.fingerprint);
    else await this.repo.saveReview(flag.fingerprint, decision, user.email, reason);
    await this.audit.record(user.email, 'review', { flagId: id, code: flag.code, reportId: flag.report.id, decision, note: reason });
    return toFlagDto((await this.repo.byId(id)) as FlagRowOut);
  }
}
