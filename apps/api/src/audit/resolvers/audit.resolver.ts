import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../../common/graphql/enums';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { AuditEntryDto } from '../dtos/outputs/audit-entry.dto';
import { AuditService } from '../services/audit.service';

@Resolver(() => AuditEntryDto)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntryDto], { description: 'Newest first; filter by exact action and by actor text; page with `before` = the last id seen.' })
  @MinRole(Role.ADMIN)
  auditLog(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
    @Args('action', { type: () => String, nullable: true }) action?: string | null,
    @Args('actor', { type: () => String, nullable: true }) actor?: string | null,
    @Args('before', { type: () => ID, nullable: true }) before?: string | null,
  ): Promise<AuditEntryDto[]> {
    return this.audit.latest(first ?? 100, { action, actor, before });
  }

  @Query(() => [String], { description: 'The actions recorded in the audit log (upload, review, login, …).' })
  @MinRole(Role.ADMIN)
  auditActions(): Promise<string[]> {
    return this.audit.actions();
  }
}
