import { BadRequestException, Controller, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { type FileResultDto } from '../dtos/outputs/file-result.dto';
import { IngestionService } from '../services/ingestion.service';
import { filesFromZip } from '../utils/file-sources';

/** What multer (memory storage) hands over per file. */
type UploadedFile = { originalname: string; buffer: Buffer };

/** `POST /api/upload` (multipart, any field name) for scripts: curl -F f=@report.pdf. A .zip is unpacked. */
@Controller('api')
export class UploadController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post('upload')
  @MinRole(Role.ADMIN)
  @UseInterceptors(AnyFilesInterceptor({ limits: { fileSize: 200 * 1024 * 1024, files: 10_000 } }))
  upload(@CurrentUser() user: AuthUser, @UploadedFiles() files: UploadedFile[] | undefined): Promise<FileResultDto[]> {
    if (!files?.length) throw new BadRequestException('no files in the multipart body');
    const inputs = files.flatMap((f) => {
      const fileName = Buffer.from(f.originalname, 'latin1').toString('utf8');
      return /\.zip$/i.test(fileName) ? filesFromZip(f.buffer) : [{ fileName, bytes: new Uint8Array(f.buffer) }];
    });
    return this.ingestion.ingest(inputs, user.email);
  }
}
