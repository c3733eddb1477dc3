import { BadRequestException, Injectable } from '@nestjs/common';
import { rankRegions, resolveThresholds, ReviewInputError, riskCard, type DeepPartial, type RiskCard, type RiskThresholds } from '@gongkai/report-review';
import { AgenciesRepository } from '../../agencies/repositories/agencies.repository';
import { AuditService } from '../../audit/services/audit.service';
import { ResultCache } from '../../common/cache/result-cache.service';
import { toRiskRating, RiskRating } from '../dtos/workbench-enums';
import { RegionScope } from '../scope/region-scope.service';
import { type RegionRiskDto, type RiskCardDto, type RiskOverviewDto } from './risk.dto';
import { RiskRepository, type RiskInputRow } from './risk.repository';
import { ReviewSettingsRepository } from './review-settings.repository';

export type RiskQuery = { year: number; regionCode: string | null; agencyTypes: string[] | null; agencyIds: number[] | null; rating: RiskRating | null };
export type ScoredCard = { row: RiskInputRow; card: RiskCard };

/** Risk cards per agency and year (riskCard with the admin's thresholds) and the region ranking. */
@Injectable()
export class RiskService {
  constructor(
    private readonly repo: RiskRepository,
    private readonly settings: ReviewSettingsRepository,
    private readonly regions: AgenciesRepository,
    private readonly scope: RegionScope,
    private readonly audit: AuditService,
    private readonly cache: ResultCache,
  ) {}

  async thresholds(): Promise<RiskThresholds> {
    return resolveThresholds(await this.settings.thresholds());
  }

  async setThresholds(actor: string, partial: DeepPartial<RiskThresholds>): Promise<RiskThresholds> {
    let t: RiskThresholds;
    try {
      t = resolveThresholds(partial);
    } catch (e) {
      if (e instanceof ReviewInputError) throw new BadRequestException(e.message);
      throw e;
    }
    await this.settings.saveThresholds(t, actor);
    await this.audit.record(actor, 'risk-thresholds', t);
    return t;
  }

  /** The cards of the year within the caller's scope (and the filter). */
  async cards(q: Omit<RiskQuery, 'rating'>): Promise<ScoredCard[]> {
    const regions = await this.scope.narrow(q.regionCode ? [q.regionCode] : null);
    const t = await this.thresholds();
    const rows = await this.repo.inputs(q.year, regions, q.agencyTypes, q.agencyIds);
    return rows.map((row) => ({
      row,
      card: riskCard({ year: row.year, metrics: row.metrics ?? {}, openErrorFlags: row.openErrorFlags, publishedAt: row.publishedAt, agency: row.agencyName }, t),
    }));
  }

  /** Cached until the data (thresholds included) changes, per caller scope. */
  overview(q: RiskQuery): Promise<RiskOverviewDto> {
    return this.cache.get('riskOverview', q, () => this.computeOverview(q));
  }

  private async computeOverview(q: RiskQuery): Promise<RiskOverviewDto> {
    const scored = await this.cards(q);
    const level = Math.min((q.regionCode ? await this.repo.level([q.regionCode]) : 0) + 1, 3);
    const ranked = rankRegions(scored.map((s) => ({ ...s.card, region: s.row.regionCodes[level - 1] ?? s.row.regionCodes[s.row.regionCodes.length - 1] })));
    const regions = new Map((await this.regions.regionsByCodes(ranked.map((r) => r.region))).map((r) => [r.code, r]));
    const ranking: RegionRiskDto[] = ranked.filter((r) => regions.has(r.region)).map((r) => ({ ...r, region: regions.get(r.region)! }));
    const cards = scored.map(toCardDto).filter((c) => q.rating == null || c.overall === q.rating);
    return { year: q.year, cards, ranking, thresholds: await this.thresholds() };
  }
}

export const toCardDto = ({ row, card }: ScoredCard): RiskCardDto => ({
  agencyId: String(row.agencyId), agencyName: row.agencyName, agencyType: row.agencyType, regionCode: row.regionCodes[row.regionCodes.length - 1],
  reportId: String(row.reportId), year: row.year, overall: toRiskRating(card.overall),
  items: card.items.map((i) => ({ metric: i.id, label: { zh: i.zh, en: i.en }, value: i.value, base: i.base, rating: toRiskRating(i.rating), note: i.note })),
});
