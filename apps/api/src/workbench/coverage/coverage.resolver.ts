import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { CoverageDto } from './coverage.dto';
import { CoverageService } from './coverage.service';

@Resolver(() => CoverageDto)
export class CoverageResolver {
  constructor(private readonly service: CoverageService) {}

  @Query(() => CoverageDto, { description: 'Who published the year\'s report on time (by 31 January), late or not at all, per region.' })
  @MinRole(Role.SUPERVISOR)
  async coverage(
    @Args('year', { type: () => Int }) year: number,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
  ): Promise<CoverageDto> {
    return (await this.service.coverage(year, regionCode ?? null)).dto;
  }
}
