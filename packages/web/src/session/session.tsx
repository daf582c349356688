import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { ApiError } from '../api/client.js';
import { signOut as apiSignOut, fetchMe } from '../api/endpoints.js';
import type { Me } from '../api/types.js';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out' }
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
