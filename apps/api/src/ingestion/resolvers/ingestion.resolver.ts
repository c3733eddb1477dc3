import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { FileResultDto } from '../dtos/outputs/file-result.dto';
import { RecheckService } from '../services/recheck.service';
import { readGraphqlUploads } from '../../common/limits/read-graphql-uploads';
import { UploadIntakeService } from '../upload/upload-intake.service';

@Resolver(() => FileResultDto)
export class IngestionResolver {
  constructor(private readonly rechecks: RecheckService, private readonly intake: UploadIntakeService) {}

  /** GraphQL multipart upload (the bearer token doubles as Apollo's CSRF preflight header). */
  @Mutation(() => [FileResultDto])
  @MinRole(Role.ADMIN)
  async uploadReports(
    @CurrentUser() user: AuthUser,
    @Args({ name: 'files', type: () => [GraphQLUpload] }) files: Promise<FileUpload>[],
  ): Promise<FileResultDto[]> {
    // Bounds, zip checks and type sniffing as for POST /api/upload; refusals name the file.
    this.intake.admit(user.email);
    return this.intake.intake(await readGraphqlUploads(files, this.intake.limits), user.email);
  }

  @Mutation(() => Int)
  @MinRole(Role.ADMIN)
  recheck(
    @CurrentUser() user: AuthUser,
    @Args('reportIds', { type: () => [ID], nullable: true }) reportIds?: string[] | null,
  ): Promise<number> {
    return this.rechecks.recheck(user.email, reportIds ? reportIds.map(Number) : null);
  }
}
