import { type ArgumentsHost, Catch, HttpException, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { type Response } from 'express';
import { TooManyRequestsException } from '../limits/too-many-requests.exception';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-unavailable';

/**
 * HTTP routes (upload, export, health): a database that is down answers 503 with a clear
 * message instead of a bare 500; 429 carries Retry-After. GraphQL errors are left to
 * formatError (the same mapping there).
 */
@Catch()
export class HttpErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof TooManyRequestsException) res.setHeader('Retry-After', String(exception.retryAfter));
    if (isDatabaseUnavailable(exception)) {
      res.setHeader('Retry-After', '5');
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ statusCode: 503, error: 'Service Unavailable', message: DATABASE_UNAVAILABLE_MESSAGE });
      return undefined;
    }
    // graphql-upload's HttpError (file count, field size): a client error with its own status.
    const e = exception as { name?: string; status?: unknown; expose?: unknown; message?: string };
    if (!(exception instanceof HttpException) && typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true) {
      res.status(e.status).json({ statusCode: e.status, message: e.message });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
