import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 with the wait in the message and in `retryAfter` (the HTTP filter also sets Retry-After). */
export class TooManyRequestsException extends HttpException {
  constructor(what: string, readonly retryAfter: number) {
    super({ statusCode: HttpStatus.TOO_MANY_REQUESTS, error: 'Too Many Requests', message: `too many ${what}: try again in ${retryAfter} s`, retryAfter }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
