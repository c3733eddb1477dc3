import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type Observable } from 'rxjs';
import { type AppRequest } from '../graphql/gql-context';
import { RateLimitsService } from './rate-limits.service';

/** Counts an upload request against its user's per-minute limit before its body is read (429 past it). */
@Injectable()
export class UploadRateInterceptor implements NestInterceptor {
  constructor(private readonly limits: RateLimitsService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<AppRequest>();
    this.limits.upload(req.user?.email ?? req.ip ?? 'unknown');
    return next.handle();
  }
}
