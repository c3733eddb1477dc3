import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { FileResultDto } from '../dtos/outputs/file-result.dto';
import { IngestionService } from '../services/ingestion.service';
import { RecheckService } from '../services/recheck.service';
import { readUploads } from '../utils/read-uploads';

@Resolver(() => FileResultDto)
export class IngestionResolver {
  constructor(private readonly ingestion: IngestionService, private readonly rechecks: RecheckService) {}

  /** GraphQL multipart upload (the bearer token doubles as Apollo's CSRF preflight header). */
  @Mutation(() => [FileResultDto])
  @MinRole(Role.ADMIN)
  async uploadReports(
    @CurrentUser() user: AuthUser,
    @Args({ name: 'files', type: () => [GraphQLUpload] }) files: Promise<FileUpload>[],
  ): Promise<FileResultDto[]> {
    return this.ingestion.ingest(await readUploads(files), user.email);
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
