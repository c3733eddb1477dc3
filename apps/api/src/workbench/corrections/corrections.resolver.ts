import { Args, Float, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { ReportDto } from '../../reports/dtos/outputs/report.dto';
import { CellCorrectionDto } from './correction.dto';
import { CorrectionsService } from './corrections.service';

@Resolver(() => ReportDto)
export class CorrectionsResolver {
  constructor(private readonly corrections: CorrectionsService) {}

  @ResolveField('corrections', () => [CellCorrectionDto], { description: 'Every correction of this document\'s cells, oldest first.' })
  correctionsOf(@Parent() report: ReportDto): Promise<CellCorrectionDto[]> {
    return this.corrections.history(Number(report.id), report.contentHash);
  }

  @Mutation(() => [CellCorrectionDto], { description: 'Correct a parsed cell (value null = blank) with a reason; returns the report\'s corrections.' })
  @MinRole(Role.SUPERVISOR)
  correctCell(
    @CurrentUser() user: AuthUser,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('key') key: string,
    @Args('value', { type: () => Float, nullable: true }) value: number | null,
    @Args('reason') reason: string,
  ): Promise<CellCorrectionDto[]> {
    return this.corrections.correct(user, Number(reportId), key, value ?? null, reason);
  }
}
