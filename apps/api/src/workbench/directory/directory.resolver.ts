import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { AgencyUpdateInput, DirectoryAgencyDto, DirectoryImportResultDto, DirectoryPageDto } from './directory.dto';
import { DirectoryService } from './directory.service';
import { readUpload } from './read-upload';

@Resolver(() => DirectoryAgencyDto)
export class DirectoryResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => DirectoryPageDto, { description: 'The agencies that must publish (imported directory and agencies seen in reports).' })
  @MinRole(Role.SUPERVISOR)
  agencyDirectory(
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit?: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number | null,
  ): Promise<DirectoryPageDto> {
    return this.directory.list(search ?? null, regionCode ?? null, limit ?? 50, offset ?? 0);
  }

  @Mutation(() => DirectoryImportResultDto, { description: 'CSV or XLSX with the columns name/名称, region/地区 (code or names), type/类型, parent/上级机关.' })
  @MinRole(Role.ADMIN)
  async importAgencies(@CurrentUser() user: AuthUser, @Args({ name: 'file', type: () => GraphQLUpload }) file: Promise<FileUpload>): Promise<DirectoryImportResultDto> {
    const f = await readUpload(file);
    return this.directory.import(user.email, f.fileName, f.bytes);
  }

  @Mutation(() => DirectoryAgencyDto)
  @MinRole(Role.ADMIN)
  updateAgency(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AgencyUpdateInput }) input: AgencyUpdateInput,
  ): Promise<DirectoryAgencyDto> {
    return this.directory.update(user.email, Number(id), input);
  }
}
