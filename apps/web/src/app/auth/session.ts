import type { Role } from '../../generated/graphql';

export type SessionUser = { id: string; email: string; role: Role; regionCodes: string[] };
export type Session = { token: string; expiresAt: string; user: SessionUser };

const KEY = 'gongkai.session';

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s.token || new Date(s.expiresAt).getTime() < Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

export const saveSession = (s: Session): void => localStorage.setItem(KEY, JSON.stringify(s));
export const clearSession = (): void => localStorage.removeItem(KEY);
/** The bearer token for GraphQL and upload requests, read on every request. */
export const currentToken = (): string | null => loadSession()?.token ?? null;
