import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext } from '../../common/graphql/gql-context';
import { AgencyDto } from '../dtos/outputs/agency.dto';
import { AgencyTypeDto } from '../dtos/outputs/agency-type.dto';
import { MetricDto } from '../dtos/outputs/metric.dto';
import { RegionDto } from '../dtos/outputs/region.dto';
import { AgenciesService } from '../services/agencies.service';

@Resolver(() => AgencyDto)
export class AgenciesResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @Query(() => [RegionDto])
  regions(@Args('parentCode', { type: () => String, nullable: true }) parentCode?: string | null): Promise<RegionDto[]> {
    return this.agencies.regions(parentCode ?? null);
  }

  @Query(() => [AgencyDto], { name: 'agencies' })
  list(
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('regionCodes', { type: () => [String], nullable: true }) regionCodes?: string[] | null,
    @Args('types', { type: () => [String], nullable: true }) types?: string[] | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit?: number | null,
  ): Promise<AgencyDto[]> {
    return this.agencies.agencies(search ?? null, regionCodes ?? null, types ?? null, limit ?? 50);
  }

  @Query(() => [AgencyTypeDto])
  agencyTypes(): AgencyTypeDto[] {
    return this.agencies.agencyTypes();
  }

  @Query(() => [MetricDto])
  metrics(): MetricDto[] {
    return this.agencies.metrics();
  }

  @ResolveField('region', () => RegionDto)
  async region(@Parent() agency: AgencyDto, @Context() ctx: GqlContext): Promise<RegionDto> {
    const region = await ctx.loaders.region.load(agency.regionCode);
    if (!region) throw new Error(`agency ${agency.id} points at unknown region ${agency.regionCode}`);
    return region;
  }
}
