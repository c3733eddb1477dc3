import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { type Observable } from 'rxjs';
import { AppConfigService } from '../../config/services/app-config.service';
import { limitedMemoryStorage } from './limited-memory-storage';
import { uploadLimits } from './upload-limits';

/** Multipart files (any field name) with the configured bounds; multer's own limits as a backstop. */
@Injectable()
export class UploadFilesInterceptor implements NestInterceptor {
  private readonly inner: NestInterceptor;

  constructor(config: AppConfigService) {
    const limits = uploadLimits(config.app);
    const Multer = AnyFilesInterceptor({
      storage: limitedMemoryStorage(limits),
      limits: { files: limits.maxFiles + 1, fields: 50, fieldSize: 1024 * 1024, parts: limits.maxFiles + 51, headerPairs: 200 },
    });
    this.inner = new Multer({});
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> | Promise<Observable<unknown>> {
    return this.inner.intercept(ctx, next);
  }
}
