/** What the portal keeps of a sign-in: a short-lived access token and the one-time refresh token that renews it. */
export interface Session {
  accessToken: string;
  /** ISO 8601; the token is renewed a little before this. */
  accessTokenExpiresAt: string;
  refreshToken: string;
}

/** Persistent key-value storage (localStorage in the browser). */
export interface SessionStorage {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

/** The part of the Web Locks API used here: one holder at a time across the browser's tabs. */
export interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface SessionStoreOptions {
  storage: SessionStorage;
  /**
   * Trades a refresh token for a new session: null when the server has ended
   * the session (the token is unknown, spent or revoked); throws when the
   * server could not be asked, and the session is then kept for a later try.
   */
  exchange(refreshToken: string): Promise<Session | null>;
  locks?: Locks;
  now?: () => number;
}

export const SESSION_STORAGE_KEY = 'samverka.session';

/** Renew this long before expiry, so that a request is not sent with a token that dies on the way. */
const RENEW_BEFORE_MS = 30_000;

const LOCK_NAME = 'samverka.session.refresh';

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken === 'string' && typeof value.refreshToken === 'string' && typeof value.accessTokenExpiresAt === 'string') {
      return { accessToken: value.accessToken, refreshToken: value.refreshToken, accessTokenExpiresAt: value.accessTokenExpiresAt };
    }
  } catch {
    // Unreadable: treated as signed out.
  }
  return null;
}

/**
 * The signed-in session, shared by every request of every tab.
 *
 * A refresh token is usable once: the server treats a second use as theft
 * and ends the whole session. So at most one refresh is ever in flight —
 * callers in this tab share it, and other tabs wait for the same Web Lock
 * and then pick up the session the first one stored instead of spending the
 * old token again.
 */
export class SessionStore {
  private session: Session | null;
  private refreshing: Promise<Session | null> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: SessionStoreOptions) {
    this.session = this.stored();
  }

  /** For useSyncExternalStore: the same object until the session changes. */
  readonly current = (): Session | null => this.session;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** After sign-in (a session) or sign-out (null). */
  set(session: Session | null): void {
    this.options.storage.set(SESSION_STORAGE_KEY, session ? JSON.stringify(session) : null);
    this.adopt(session);
  }

  /** Another tab signed in, signed out or refreshed: take over what it stored. */
  syncFromStorage(): void {
    this.adopt(this.stored());
  }

  /** An access token that is good for a while yet, renewed first if needed; undefined when signed out. */
  async accessToken(): Promise<string | undefined> {
    const session = this.session;
    if (!session) return undefined;
    const now = this.options.now?.() ?? Date.now();
    if (Date.parse(session.accessTokenExpiresAt) - now > RENEW_BEFORE_MS) return session.accessToken;
    return (await this.refresh(session))?.accessToken;
  }

  /**
   * The server refused `rejected` before its time (say, it restarted with a
   * new signing key): renew the session, unless that has happened meanwhile.
   * Undefined when the session has ended.
   */
  async renewAfterRejection(rejected: string): Promise<string | undefined> {
    const session = this.session;
    if (!session) return undefined;
    if (session.accessToken !== rejected) return session.accessToken;
    return (await this.refresh(session))?.accessToken;
  }

  private refresh(stale: Session): Promise<Session | null> {
    this.refreshing ??= this.exclusively(async () => {
      // While this tab waited for the lock, another may have renewed the
      // session (its refresh token is then spent) or signed out.
      const stored = this.stored();
      if (stored?.refreshToken !== stale.refreshToken) {
        this.adopt(stored);
        return stored;
      }
      const renewed = await this.options.exchange(stale.refreshToken);
      this.set(renewed);
      return renewed;
    }).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private exclusively<T>(task: () => Promise<T>): Promise<T> {
    return this.options.locks ? this.options.locks.request(LOCK_NAME, task) : task();
  }

  private stored(): Session | null {
    return parse(this.options.storage.get(SESSION_STORAGE_KEY));
  }

  private adopt(session: Session | null): void {
    const same =
      session === this.session ||
      (session !== null &&
        this.session !== null &&
        session.accessToken === this.session.accessToken &&
        session.refreshToken === this.session.refreshToken &&
        session.accessTokenExpiresAt === this.session.accessTokenExpiresAt);
    if (same) return;
    this.session = session;
    for (const listener of this.listeners) listener();
  }
}
