import { CAN, hasRole } from './roles';
import { useAuth } from './auth-context';

/** Whether the signed-in user may do this (export, review, import). */
export function useCan(what: keyof typeof CAN): boolean {
  const { session } = useAuth();
  return hasRole(session?.user.role, CAN[what]);
}
