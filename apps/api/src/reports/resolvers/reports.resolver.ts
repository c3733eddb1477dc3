import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyDto } from '../../agencies/dtos/outputs/agency.dto';
import { ReportSort, SortOrder } from '../../common/graphql/enums';
import { type GqlContext } from '../../common/graphql/gql-context';
import { ReportFilterInput } from '../dtos/inputs/report-filter.input';
import { ReportConnectionDto, ReportDto } from '../dtos/outputs/report.dto';
import { ReportsService } from '../services/reports.service';

@Resolver(() => ReportDto)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => ReportConnectionDto, { name: 'reports' })
  list(
    @Args('filter', { type: () => ReportFilterInput, nullable: true }) filter?: ReportFilterInput | null,
    @Args('sort', { type: () => ReportSort, nullable: true, defaultValue: ReportSort.YEAR }) sort?: ReportSort | null,
    @Args('order', { type: () => SortOrder, nullable: true, defaultValue: SortOrder.DESC }) order?: SortOrder | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ReportConnectionDto> {
    return this.reports.list(filter, sort ?? ReportSort.YEAR, order ?? SortOrder.DESC, first ?? 20, after);
  }

  @Query(() => ReportDto, { nullable: true })
  report(@Args('id', { type: () => ID }) id: string): Promise<ReportDto | null> {
    return this.reports.detail(Number(id));
  }

  @ResolveField('agency', () => AgencyDto)
  agency(@Parent() report: ReportDto, @Context() ctx: GqlContext): Promise<AgencyDto | null> {
    return ctx.loaders.agency.load(report.agencyId);
  }
}
