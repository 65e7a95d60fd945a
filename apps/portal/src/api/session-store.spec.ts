import { type Locks, type Session, SESSION_STORAGE_KEY, SessionStore } from './session-store';

const NOW = Date.parse('2026-06-02T08:00:00Z');

function session(name: string, expiresInMs = 15 * 60_000): Session {
  return { accessToken: `access-${name}`, refreshToken: `refresh-${name}`, accessTokenExpiresAt: new Date(NOW + expiresInMs).toISOString() };
}

/** A localStorage shared by every "tab" made from it. */
function sharedStorage(initial?: Session) {
  const values = new Map<string, string>();
  if (initial) values.set(SESSION_STORAGE_KEY, JSON.stringify(initial));
  return {
    get: (key: string) => values.get(key) ?? null,
    set: (key: string, value: string | null) => (value === null ? values.delete(key) : values.set(key, value)),
  };
}

/** Web Locks across tabs: one holder at a time, in request order. */
function sharedLocks(): Locks {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
      const run = tail.then(callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** A server that rotates refresh tokens and ends the session when one is used twice. */
function server() {
  let generation = 0;
  const spent = new Set<string>();
  const exchanges: string[] = [];
  let ended = false;
  return {
    exchanges,
    get ended() {
      return ended;
    },
    async exchange(refreshToken: string): Promise<Session | null> {
      exchanges.push(refreshToken);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (ended || spent.has(refreshToken)) {
        ended = true;
        return null;
      }
      spent.add(refreshToken);
      return session(`renewed-${++generation}`);
    },
  };
}

describe(SessionStore.name, () => {
  it('hands out a token that is good for a while without asking the server', async () => {
    const api = server();
    const store = new SessionStore({ storage: sharedStorage(session('a')), exchange: api.exchange, now: () => NOW });
    await expect(store.accessToken()).resolves.toBe('access-a');
    expect(api.exchanges).toEqual([]);
  });

  it('renews a token about to expire once, however many requests need it at the same time', async () => {
    const api = server();
    const store = new SessionStore({ storage: sharedStorage(session('a', 10_000)), exchange: api.exchange, now: () => NOW });
    const tokens = await Promise.all(Array.from({ length: 8 }, () => store.accessToken()));
    expect(new Set(tokens)).toEqual(new Set(['access-renewed-1']));
    expect(api.exchanges).toEqual(['refresh-a']);
    expect(api.ended).toBe(false);
  });

  it('lets a second tab take the session the first one renewed instead of spending the old refresh token again', async () => {
    const api = server();
    const storage = sharedStorage(session('a', 10_000));
    const locks = sharedLocks();
    const tabs = [1, 2].map(() => new SessionStore({ storage, locks, exchange: api.exchange, now: () => NOW }));
    const tokens = await Promise.all(tabs.map((tab) => tab.accessToken()));
    expect(tokens).toEqual(['access-renewed-1', 'access-renewed-1']);
    expect(api.exchanges).toEqual(['refresh-a']);
    expect(tabs[1]!.current()).toEqual(tabs[0]!.current());
  });

  it('renews after the server refuses a token, but only once for all the requests it refused', async () => {
    const api = server();
    const store = new SessionStore({ storage: sharedStorage(session('a')), exchange: api.exchange, now: () => NOW });
    const tokens = await Promise.all([store.renewAfterRejection('access-a'), store.renewAfterRejection('access-a')]);
    expect(tokens).toEqual(['access-renewed-1', 'access-renewed-1']);
    await expect(store.renewAfterRejection('access-a')).resolves.toBe('access-renewed-1');
    expect(api.exchanges).toEqual(['refresh-a']);
  });

  it('signs out when the server has ended the session, and tells its listeners', async () => {
    const storage = sharedStorage(session('a', 0));
    const store = new SessionStore({ storage, exchange: async () => null, now: () => NOW });
    const changes: (Session | null)[] = [];
    store.subscribe(() => changes.push(store.current()));
    await expect(store.accessToken()).resolves.toBeUndefined();
    expect(changes).toEqual([null]);
    expect(storage.get(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('keeps the session when the server cannot be reached, to try again later', async () => {
    const store = new SessionStore({
      storage: sharedStorage(session('a', 0)),
      exchange: async () => {
        throw new TypeError('Failed to fetch');
      },
      now: () => NOW,
    });
    await expect(store.accessToken()).rejects.toThrow('Failed to fetch');
    expect(store.current()?.refreshToken).toBe('refresh-a');
  });

  it('follows another tab signing out', () => {
    const storage = sharedStorage(session('a'));
    const store = new SessionStore({ storage, exchange: async () => null });
    storage.set(SESSION_STORAGE_KEY, null);
    store.syncFromStorage();
    expect(store.current()).toBeNull();
  });
});
