import { BadRequestException, Controller, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { type StoredUpload, uploadName } from '../../common/limits/limited-memory-storage';
import { UploadFilesInterceptor } from '../../common/limits/upload-files.interceptor';
import { UploadRateInterceptor } from '../../common/limits/upload-rate.interceptor';
import { type FileResultDto } from '../dtos/outputs/file-result.dto';
import { UploadIntakeService } from '../upload/upload-intake.service';

/**
 * `POST /api/upload` (multipart, any field name) for scripts and the web app: curl -F f=@report.pdf.
 * A zip archive (by its bytes) is unpacked with bounds; every refusal names the file and the reason.
 */
@Controller('api')
export class UploadController {
  constructor(private readonly intake: UploadIntakeService) {}

  @Post('upload')
  @MinRole(Role.ADMIN)
  // The rate limit is counted before the body is read.
  @UseInterceptors(UploadRateInterceptor, UploadFilesInterceptor)
  upload(@CurrentUser() user: AuthUser, @UploadedFiles() files: StoredUpload[] | undefined): Promise<FileResultDto[]> {
    if (!files?.length) throw new BadRequestException('no files in the multipart body');
    return this.intake.intake(
      files.map((f) => (f.rejection ? { fileName: f.rejection.fileName, rejection: f.rejection } : { fileName: uploadName(f.originalname), bytes: new Uint8Array(f.buffer ?? []) })),
      user.email,
    );
  }
}
