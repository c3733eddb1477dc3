import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasRole, type AuthUser } from '../auth-user';
import { requestOf } from '../decorators/current-user.decorator';
import { MIN_ROLE } from '../decorators/min-role.decorator';
import { TokenService } from '../services/token.service';
import { Role } from '../../common/graphql/enums';

/**
 * Global guard: reads `Authorization: Bearer <token>` (none = anonymous viewer), puts the
 * user on the request, and enforces @MinRole on the handler or its class.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly tokens: TokenService) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = requestOf(ctx);
    if (!req) return true;
    req.user ??= this.authenticate(req.headers.authorization);
    const min = this.reflector.getAllAndOverride<Role | undefined>(MIN_ROLE, [ctx.getHandler(), ctx.getClass()]);
    if (!min || hasRole(req.user, min)) return true;
    if (req.user.id == null) throw new UnauthorizedException(`sign in as ${min} or above`);
    throw new ForbiddenException(`${req.user.role} may not do this: needs ${min}`);
  }

  private authenticate(header: string | undefined): AuthUser {
    const user = this.tokens.userOf(header);
    if (!user) throw new UnauthorizedException('invalid or expired token');
    return user;
  }
}
