import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { clearSession, loadSession, saveSession, type Session } from './session';

type AuthValue = { session: Session | null; signIn: (s: Session) => void; signOut: () => void };
const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const signIn = useCallback((s: Session) => { saveSession(s); setSession(s); }, []);
  const signOut = useCallback(() => { clearSession(); setSession(null); onSignOut(); }, [onSignOut]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
