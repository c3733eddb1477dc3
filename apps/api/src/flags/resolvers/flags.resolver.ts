import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MetricFilterInput } from '../../analytics/dtos/inputs/metric-filter.input';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { ReviewStatus, Role } from '../../common/graphql/enums';
import { FlagFilterInput } from '../dtos/inputs/flag-filter.input';
import { FlagConnectionDto, FlagCountDto, FlagDto } from '../dtos/outputs/flag.dto';
import { FlagsService } from '../services/flags.service';

@Resolver(() => FlagDto)
export class FlagsResolver {
  constructor(private readonly service: FlagsService) {}

  @Query(() => FlagConnectionDto)
  flags(
    @Args('filter', { type: () => FlagFilterInput, nullable: true }) filter?: FlagFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<FlagConnectionDto> {
    return this.service.list(filter, first ?? 50, after);
  }

  @Query(() => [FlagCountDto])
  flagCounts(
    @Args('fromYear', { type: () => Int }) fromYear: number,
    @Args('toYear', { type: () => Int }) toYear: number,
    @Args('filter', { type: () => MetricFilterInput, nullable: true }) filter?: MetricFilterInput | null,
  ): Promise<FlagCountDto[]> {
    return this.service.counts(fromYear, toYear, filter);
  }

  @Mutation(() => FlagDto)
  @MinRole(Role.SUPERVISOR)
  reviewFlag(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ReviewStatus }) decision: ReviewStatus,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<FlagDto> {
    return this.service.review(user, Number(id), decision, note);
  }
}
