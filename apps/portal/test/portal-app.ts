import type { Browser, Page } from 'playwright-core';

import { startTestApp, TEST_PASSWORD, type TestApp } from '#testing';

import type { Session } from '../src/api/session-store.js';
import { launchChromium, openPortalPage, type PageOptions } from './browser.js';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken accessTokenExpiresAt refreshToken }
}`;

export interface PortalTestApp {
  /** The API on its own seeded database, serving the built portal (dist/portal) at /. */
  api: TestApp;
  url: string;
  browser: Browser;
  /** A new tab (in its own browser context) on the portal, signed out. */
  open(options?: PageOptions): Promise<Page>;
  /** A new tab signed in as `email` (a demo account, TEST_PASSWORD), as if through the sign-in form. */
  openSignedIn(email: string, options?: Omit<PageOptions, 'session'>): Promise<Page>;
  /** A fresh session for `email`, for tests that put one in a page themselves. */
  session(email: string): Promise<Session>;
  close(): Promise<void>;
}

/**
 * What every browser test starts from: the API with the built portal (Jest's
 * setup for the browser project builds it when missing or stale) and Chromium.
 */
export async function startPortalApp(): Promise<PortalTestApp> {
  const api = await startTestApp();
  const browser = await launchChromium();
  const session = async (email: string) => (await api.gql.data<{ login: Session }>(SIGN_IN, { email, password: TEST_PASSWORD })).login;
  return {
    api,
    url: api.url,
    browser,
    open: (options) => openPortalPage(browser, api.url, options),
    openSignedIn: async (email, options) => openPortalPage(browser, api.url, { ...options, session: await session(email) }),
    session,
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

export interface PortalSuite extends PortalTestApp {
  /** This test's own tab on the portal, signed out and in Swedish (with `{ page: true }`); closed after the test. */
  readonly page: Page;
}

/**
 * A describe block's portal: started before its first test and closed after
 * its last, with a fresh signed-out tab per test when `page` is set. Use what
 * it returns inside hooks and tests only; the app is not running yet when the
 * describe block is read.
 */
export function usePortalApp({ page: tabPerTest = false }: { page?: boolean } = {}): PortalSuite {
  let app: PortalTestApp | undefined;
  let tab: Page | undefined;
  const running = (): PortalTestApp => {
    if (!app) throw new Error('The portal starts in beforeAll: use it inside a hook or a test.');
    return app;
  };

  beforeAll(async () => {
    app = await startPortalApp();
  });
  if (tabPerTest) {
    beforeEach(async () => {
      tab = await running().open();
    });
    afterEach(async () => {
      await tab?.context().close();
      tab = undefined;
    });
  }
  afterAll(async () => {
    await app?.close();
    app = undefined;
  });

  return {
    get api() {
      return running().api;
    },
    get url() {
      return running().url;
    },
    get browser() {
      return running().browser;
    },
    open: (options) => running().open(options),
    openSignedIn: (email, options) => running().openSignedIn(email, options),
    session: (email) => running().session(email),
    close: () => running().close(),
    get page() {
      if (!tab) throw new Error('No tab: ask usePortalApp({ page: true }) for one per test.');
      return tab;
    },
  };
}
