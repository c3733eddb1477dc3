import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { type Observable, finalize } from 'rxjs';
import { DataVersion } from './data-version';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After a mutation or a writing HTTP request of this process, drop cached answers at once: the
 * database's notification follows, but a client that sends its next query as soon as the write
 * answered must not beat it to a stale answer.
 */
@Injectable()
export class InvalidateOnWriteInterceptor implements NestInterceptor {
  constructor(private readonly version: DataVersion) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const write = ctx.getType<GqlContextType>() === 'graphql'
      ? GqlExecutionContext.create(ctx).getInfo<{ operation?: { operation?: string } }>().operation?.operation === 'mutation'
      : ctx.getType() === 'http' && !READS.has(ctx.switchToHttp().getRequest<{ method: string }>().method);
    return write ? next.handle().pipe(finalize(() => this.version.bump())) : next.handle();
  }
}
