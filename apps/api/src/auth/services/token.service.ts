import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Role } from '../../common/graphql/enums';
import { AppConfigService } from '../../config/services/app-config.service';
import { ANONYMOUS, type AuthUser } from '../auth-user';

export type TokenClaims = { sub: number; email: string; role: string; regions: string[]; exp: number };

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64url');
const HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/** HS256 JSON Web Tokens signed with the configured secret. */
@Injectable()
export class TokenService {
  constructor(private readonly config: AppConfigService) {}

  sign(claims: Omit<TokenClaims, 'exp'>): { token: string; expiresAt: Date } {
    const expiresAt = new Date(Date.now() + this.config.app.jwtTtlHours * 3600_000);
    const payload = b64(JSON.stringify({ ...claims, exp: Math.floor(expiresAt.getTime() / 1000) }));
    return { token: `${HEADER}.${payload}.${this.mac(`${HEADER}.${payload}`)}`, expiresAt };
  }

  /**
   * Who an `Authorization` header says is asking: the anonymous viewer without one, the
   * token's user with a valid `Bearer` token, null for anything else (malformed, forged, expired).
   */
  userOf(header: string | undefined): AuthUser | null {
    if (!header) return ANONYMOUS;
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const claims = m ? this.verify(m[1]) : null;
    return claims ? { id: claims.sub, email: claims.email, role: claims.role as Role, regionCodes: claims.regions } : null;
  }

  /** The claims of a valid, unexpired token; null otherwise. */
  verify(token: string): TokenClaims | null {
    const [header, payload, sig] = token.split('.');
    if (!header || !payload || !sig) return null;
    const expected = Buffer.from(this.mac(`${header}.${payload}`));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as TokenClaims;
      return claims.exp * 1000 > Date.now() ? claims : null;
    } catch {
      return null;
    }
  }

  private mac(data: string): string {
    return createHmac('sha256', this.config.app.jwtSecret).update(data).digest('base64url');
  }
}
