import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { type ApiError, SESSION_ENDED } from '../api/client.js';
import { signOut as apiSignOut, fetchMe } from '../api/endpoints.js';
import type { Me } from '../api/types.js';

export type SessionState =
  | { status: 'checking' }
  /** `ended`: the platform ended the session (expired, revoked, signed out elsewhere) while the app was in use. */
  | { status: 'signed-out'; ended?: boolean }
  | { status: 'error'; error: ApiError }
  | { status: 'signed-in'; me: Me };

interface SessionContext {
  session: SessionState;
  /** Re-reads /v1/me, e.g. after signing in (the cookie is HTTP-only, so only the server knows). */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'checking' });
  const refresh = useCallback(async () => {
    const me = await fetchMe();
    if (me.ok) setSession({ status: 'signed-in', me: me.value });
    else if (me.error.status === 401) setSession({ status: 'signed-out' });
    else setSession({ status: 'error', error: me.error });
  }, []);
  const signOut = useCallback(async () => {
    await apiSignOut();
    setSession({ status: 'signed-out' });
  }, []);
  useEffect(() => void refresh(), [refresh]);
  // Any call answered "authentication required" while signed in: ask to sign in again, at the same address, so the
  // user lands back where they were (the routes read the URL, which signing in does not change).
  useEffect(() => {
    const ended = () => setSession((s) => (s.status === 'signed-in' ? { status: 'signed-out', ended: true } : s));
    window.addEventListener(SESSION_ENDED, ended);
    return () => window.removeEventListener(SESSION_ENDED, ended);
  }, []);
  return <Context.Provider value={{ session, refresh, signOut }}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const value = useContext(Context);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; views under the signed-in shell only. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useMe while not signed in');
  return session.me;
}
