import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type DeepPartial, type RiskThresholds } from '@gongkai/report-review';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { JSONScalar } from '../../common/graphql/json.scalar';
import { RiskRating } from '../dtos/workbench-enums';
import { RiskOverviewDto } from './risk.dto';
import { RiskService } from './risk.service';

@Resolver(() => RiskOverviewDto)
export class RiskResolver {
  constructor(private readonly risk: RiskService) {}

  @Query(() => RiskOverviewDto, { description: 'Red/amber/green cards per agency of the year, and the regions ranked worst first.' })
  @MinRole(Role.SUPERVISOR)
  riskOverview(
    @Args('year', { type: () => Int }) year: number,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
    @Args('agencyTypes', { type: () => [String], nullable: true }) agencyTypes?: string[] | null,
    @Args('agencyIds', { type: () => [ID], nullable: true }) agencyIds?: string[] | null,
    @Args('rating', { type: () => RiskRating, nullable: true }) rating?: RiskRating | null,
  ): Promise<RiskOverviewDto> {
    return this.risk.overview({
      year, regionCode: regionCode || null, agencyTypes: agencyTypes?.length ? agencyTypes : null,
      agencyIds: agencyIds?.length ? agencyIds.map(Number) : null, rating: rating ?? null,
    });
  }

  @Mutation(() => JSONScalar, { description: 'Risk thresholds over the defaults (partial); returns the thresholds in force.' })
  @MinRole(Role.ADMIN)
  setRiskThresholds(@CurrentUser() user: AuthUser, @Args('thresholds', { type: () => JSONScalar }) thresholds: DeepPartial<RiskThresholds>): Promise<RiskThresholds> {
    return this.risk.setThresholds(user.email, thresholds ?? {});
  }
}
