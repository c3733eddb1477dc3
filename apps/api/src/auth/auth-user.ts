import { Role } from '../common/graphql/enums';

/** Who is asking: a signed-in user, or the anonymous viewer. */
export type AuthUser = { id: number | null; email: string; role: Role; regionCodes: string[] };

export const ANONYMOUS: AuthUser = { id: null, email: 'anonymous', role: Role.VIEWER, regionCodes: [] };

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, SUPERVISOR: 2, ADMIN: 3 };

/** Roles are ordered: an admin may do what a supervisor may, and so on. */
export const hasRole = (user: AuthUser, min: Role): boolean => RANK[user.role] >= RANK[min];
