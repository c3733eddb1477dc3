import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../../common/graphql/enums';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { AuditEntryDto } from '../dtos/outputs/audit-entry.dto';
import { AuditService } from '../services/audit.service';

@Resolver(() => AuditEntryDto)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntryDto])
  @MinRole(Role.ADMIN)
  auditLog(@Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null): Promise<AuditEntryDto[]> {
    return this.audit.latest(first ?? 100);
  }
}
