import type { Role } from '../../generated/graphql';

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, SUPERVISOR: 2, ADMIN: 3 };

/** Roles are ordered: each one can do what the ones below it can. */
export const hasRole = (role: Role | undefined, needed: Role): boolean => role != null && RANK[role] >= RANK[needed];

/** What each capability needs: dashboards for all, exports for analysts, review for supervisors, import for admins. */
export const CAN = { export: 'ANALYST', review: 'SUPERVISOR', import: 'ADMIN' } as const satisfies Record<string, Role>;
