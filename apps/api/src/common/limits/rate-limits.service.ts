import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../../config/services/app-config.service';
import { RateLimiter } from './rate-limiter';
import { TooManyRequestsException } from './too-many-requests.exception';

/**
 * Sign-in and upload rate limits (in memory, per API process). Failed sign-ins to an account
 * are counted per (client address, e-mail): a password guesser is stopped while other people
 * still sign in. All sign-in attempts per address have a looser bound (sprays over many
 * e-mails). Uploads are counted per user and minute.
 */
@Injectable()
export class RateLimitsService {
  private readonly loginFailures: RateLimiter;
  private readonly loginAttempts: RateLimiter;
  private readonly uploads: RateLimiter;

  constructor(config: AppConfigService) {
    const c = config.app;
    this.loginFailures = new RateLimiter(c.loginMaxFailures, c.loginWindowSeconds * 1000);
    this.loginAttempts = new RateLimiter(c.loginMaxAttempts, c.loginWindowSeconds * 1000);
    this.uploads = new RateLimiter(c.uploadsPerMinute, 60_000);
  }

  /** Counts one sign-in attempt; throws 429 when this address tried too often, or failed as `email` too often. */
  checkLogin(ip: string, email: string): void {
    const failures = this.loginFailures.retryAfter(loginKey(ip, email));
    if (failures > 0) throw new TooManyRequestsException(`failed sign-ins for ${email.trim()}`, failures);
    const attempts = this.loginAttempts.retryAfter(ip);
    if (attempts > 0) throw new TooManyRequestsException(`sign-in attempts from ${ip}`, attempts);
    this.loginAttempts.hit(ip);
  }

  /** A wrong password for an existing account. */
  loginFailed(ip: string, email: string): void {
    this.loginFailures.hit(loginKey(ip, email));
  }

  loginSucceeded(ip: string, email: string): void {
    this.loginFailures.reset(loginKey(ip, email));
  }

  /** Counts one upload request of `user`; throws 429 past the per-minute limit. */
  upload(user: string): void {
    const wait = this.uploads.retryAfter(user);
    if (wait > 0) throw new TooManyRequestsException(`upload requests from ${user}`, wait);
    this.uploads.hit(user);
  }
}

const loginKey = (ip: string, email: string): string => `${ip}|${email.trim().toLowerCase()}`;
