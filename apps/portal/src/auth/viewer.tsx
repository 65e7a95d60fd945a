import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

import type { AuthContext } from '../api/apollo';
import { type Session, SESSION_STORAGE_KEY, type SessionStore } from '../api/session-store';
import type { ViewerQuery as ViewerQueryResult } from '../gql/graphql';
import { SignOutMutation, ViewerQuery } from './operations';

/** The signed-in user as the portal knows them. */
export type Viewer = NonNullable<ViewerQueryResult['me']>;

interface AuthContextValue {
  sessions: SessionStore;
  /** Who is signed in; null for a visitor (and while `loading`). */
  viewer: Viewer | null;
  /** True until it is known who is signed in. */
  loading: boolean;
  signIn(session: Session): Promise<void>;
  signOut(): Promise<void>;
}

const ViewerContext = createContext<AuthContextValue | null>(null);

/**
 * Who is signed in, for the whole portal. Signing in or out (here, in
 * another tab, or by the session ending) clears Apollo's cache and refetches
 * what is on screen: what the API shows depends on who asks (contact
 * e-mail and phone, drafts, threads).
 */
export function AuthProvider({ sessions, children }: { sessions: SessionStore; children: ReactNode }) {
  const client = useApolloClient();
  const session = useSyncExternalStore(sessions.subscribe, sessions.current);
  const signedIn = session !== null;
  const { data, loading } = useQuery(ViewerQuery, { skip: !signedIn });

  // The identity the cache was last reset for; signIn and signOut reset it themselves.
  const cacheIdentity = useRef(signedIn);
  useEffect(() => {
    if (cacheIdentity.current === signedIn) return;
    cacheIdentity.current = signedIn;
    void client.resetStore().catch(() => undefined);
  }, [client, signedIn]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SESSION_STORAGE_KEY || event.key === null) sessions.syncFromStorage();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [sessions]);

  const signIn = useCallback(
    async (next: Session) => {
      cacheIdentity.current = true;
      sessions.set(next);
      await client.resetStore();
    },
    [client, sessions],
  );

  const signOut = useCallback(async () => {
    const ending = sessions.current();
    cacheIdentity.current = false;
    sessions.set(null);
    await client.resetStore();
    // Ends the session on the server too; the browser has already forgotten it, so a failure here changes nothing for the visitor.
    if (ending) {
      const context: AuthContext = { anonymous: true };
      await client.mutate({ mutation: SignOutMutation, variables: { refreshToken: ending.refreshToken }, context }).catch(() => undefined);
    }
  }, [client, sessions]);

  const value = useMemo<AuthContextValue>(
    () => ({ sessions, viewer: signedIn ? (data?.me ?? null) : null, loading: signedIn && loading, signIn, signOut }),
    [sessions, signedIn, data, loading, signIn, signOut],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

/** The signed-in user and the means to sign in and out. */
export function useViewer(): AuthContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer() needs an <AuthProvider> above it.');
  return value;
}
