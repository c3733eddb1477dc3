import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GroupBy, SortOrder } from '../../common/graphql/enums';
import { MetricFilterInput } from '../dtos/inputs/metric-filter.input';
import { CompareRowDto, OverviewDto, RankingRowDto, RegionValueDto, TrendSeriesDto } from '../dtos/outputs/analytics.dto';
import { AnalyticsService } from '../services/analytics.service';

const filterArg = { type: () => MetricFilterInput, nullable: true } as const;

@Resolver(() => OverviewDto)
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => [TrendSeriesDto])
  trend(
    @Args('metric') metric: string,
    @Args('fromYear', { type: () => Int }) fromYear: number,
    @Args('toYear', { type: () => Int }) toYear: number,
    @Args('groupBy', { type: () => GroupBy }) groupBy: GroupBy,
    @Args('filter', filterArg) filter?: MetricFilterInput | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 10 }) limit?: number | null,
  ): Promise<TrendSeriesDto[]> {
    return this.analytics.trend(metric, fromYear, toYear, groupBy, filter, limit ?? 10);
  }

  @Query(() => [CompareRowDto])
  compare(
    @Args('agencyIds', { type: () => [ID] }) agencyIds: string[],
    @Args('metrics', { type: () => [String] }) metrics: string[],
    @Args('fromYear', { type: () => Int }) fromYear: number,
    @Args('toYear', { type: () => Int }) toYear: number,
  ): Promise<CompareRowDto[]> {
    return this.analytics.compare(agencyIds, metrics, fromYear, toYear);
  }

  @Query(() => [RankingRowDto])
  ranking(
    @Args('metric') metric: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('filter', filterArg) filter?: MetricFilterInput | null,
    @Args('order', { type: () => SortOrder, nullable: true, defaultValue: SortOrder.DESC }) order?: SortOrder | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20 }) limit?: number | null,
  ): Promise<RankingRowDto[]> {
    return this.analytics.ranking(metric, year, filter, order ?? SortOrder.DESC, limit ?? 20);
  }

  @Query(() => OverviewDto)
  overview(@Args('year', { type: () => Int }) year: number, @Args('filter', filterArg) filter?: MetricFilterInput | null): Promise<OverviewDto> {
    return this.analytics.overview(year, filter);
  }

  @ResolveField('byRegion', () => [RegionValueDto])
  byRegion(@Parent() overview: OverviewDto, @Args('metric') metric: string): Promise<RegionValueDto[]> {
    return this.analytics.byRegion(overview, metric);
  }
}
