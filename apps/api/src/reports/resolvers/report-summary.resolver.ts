import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyDto } from '../../agencies/dtos/outputs/agency.dto';
import { type GqlContext } from '../../common/graphql/gql-context';
import { ReportSummaryDto } from '../dtos/outputs/report-summary.dto';

/** ReportSummary.agency through the per-request DataLoader: one query per response. */
@Resolver(() => ReportSummaryDto)
export class ReportSummaryResolver {
  @ResolveField('agency', () => AgencyDto)
  agency(@Parent() report: ReportSummaryDto, @Context() ctx: GqlContext): Promise<AgencyDto | null> {
    return ctx.loaders.agency.load(report.agencyId);
  }
}
