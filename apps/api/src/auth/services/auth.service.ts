import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AuditService } from '../../audit/services/audit.service';
import { RateLimitsService } from '../../common/limits/rate-limits.service';
import { type UserDto } from '../../users/dtos/outputs/user.dto';
import { UsersRepository } from '../../users/repositories/users.repository';
import { toUserDto } from '../../users/services/users.service';
import { type AuthUser } from '../auth-user';
import { type AuthPayloadDto } from '../dtos/outputs/auth-payload.dto';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /** Attempts per address and failures per (address, account) are limited: past them 429 until the window ends. */
  async login(email: string, password: string, ip = 'unknown'): Promise<AuthPayloadDto> {
    this.rateLimits.checkLogin(ip, email);
    const user = await this.users.findByEmail(email.trim());
    if (!user || !(await this.passwords.verify(user.passwordHash, password))) {
      if (user) this.rateLimits.loginFailed(ip, email);
      await this.audit.record(email, 'login.failed', { ip });
      throw new UnauthorizedException('wrong e-mail or password');
    }
    this.rateLimits.loginSucceeded(ip, email);
    const { token, expiresAt } = this.tokens.sign({ sub: user.id, email: user.email, role: user.role, regions: user.regionCodes });
    await this.audit.record(user.email, 'login');
    return { token, expiresAt, user: toUserDto(user) };
  }

  async logout(user: AuthUser): Promise<boolean> {
    if (user.id != null) await this.audit.record(user.email, 'logout');
    return true;
  }

  async me(user: AuthUser): Promise<UserDto | null> {
    if (user.id == null) return null;
    const row = await this.users.findById(user.id);
    return row ? toUserDto(row) : null;
  }
}
