import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { print } from 'graphql';
import { from, mergeMap, type Observable, of } from 'rxjs';

import { graphql } from '../gql';
import type { RefreshSessionMutation as RefreshSessionResult } from '../gql/graphql';
import { safeStorage } from '../i18n/storage';
import { type Session, SessionStore } from './session-store';

/** Same origin: the API serves the portal, and Vite's dev server proxies to it. */
export const GRAPHQL_PATH = '/graphql';

/** Operation context: send this operation without the viewer's token (signing in, accepting an invitation). */
export interface AuthContext {
  anonymous?: boolean;
}

const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

interface RefreshResponse {
  data?: RefreshSessionResult | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * Trades a refresh token for a new session with a plain request, outside
 * Apollo's link chain (which would otherwise wait on itself for the token).
 */
async function exchangeRefreshToken(refreshToken: string): Promise<Session | null> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(RefreshSessionMutation), variables: { refreshToken } }),
  });
  const body = (await response.json()) as RefreshResponse;
  if (body.data?.refreshSession) return body.data.refreshSession;
  // A spent, revoked or unknown refresh token: the session is over.
  if (body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED' || error.extensions?.code === 'BAD_USER_INPUT')) return null;
  throw new Error(`Refreshing the session failed (HTTP ${response.status}).`);
}

export function createSessionStore(): SessionStore {
  return new SessionStore({
    storage: safeStorage,
    exchange: exchangeRefreshToken,
    locks: typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined,
  });
}

function refusedToken(result: ApolloLink.Result): boolean {
  return result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? false;
}

/**
 * Sends the viewer's access token (renewed first when it is about to
 * expire). The API answers a bad or expired token with UNAUTHENTICATED even
 * on public queries, so such an answer renews the session once and tries
 * again — or, when the session has ended, tries again signed out.
 */
function authLink(sessions: SessionStore): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const send = (token: string | undefined): Observable<ApolloLink.Result> => {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
        const { authorization: _previous, ...rest } = headers;
        return { headers: token ? { ...rest, authorization: `Bearer ${token}` } : rest };
      });
      return forward(operation);
    };
    if ((operation.getContext() as AuthContext).anonymous) return send(undefined);
    return from(sessions.accessToken()).pipe(
      mergeMap((token) =>
        send(token).pipe(mergeMap((result) => (token && refusedToken(result) ? from(sessions.renewAfterRejection(token)).pipe(mergeMap(send)) : of(result)))),
      ),
    );
  });
}

export function createApolloClient(sessions: SessionStore): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink(sessions), new HttpLink({ uri: GRAPHQL_PATH })]),
    cache: new InMemoryCache(),
  });
}
