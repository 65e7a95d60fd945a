import { type Browser, chromium, type Page } from 'playwright-core';

import { type Session, SESSION_STORAGE_KEY } from '../src/api/session-store.js';
import { LANGUAGE_STORAGE_KEY } from '../src/i18n/language.js';

/** Debian's Chromium (`apt-get install chromium`); jest.config.ts leaves the browser tests out when it is missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

export type Language = 'sv' | 'en';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface PageOptions {
  /** The portal's language when the tab opens (default Swedish); switching later in the test sticks. */
  language?: Language;
  viewport?: { width: number; height: number };
  /** Signed in from the start, as after signing in through the form. */
  session?: Session;
}

/**
 * A fresh browser context (its own storage) with one tab on the portal at
 * `baseURL`, in Swedish time and locale. Language and session are stored
 * before the portal's first script runs, once per tab, so that a test can
 * still switch language or sign out and reload.
 */
export async function openPortalPage(browser: Browser, baseURL: string, { language = 'sv', viewport = DESKTOP, session }: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: language === 'sv' ? 'sv-SE' : 'en-GB',
    timezoneId: 'Europe/Stockholm',
    reducedMotion: 'reduce',
    // axe-core is injected as an inline script, which the portal's Content-Security-Policy forbids.
    bypassCSP: true,
  });
  await context.addInitScript(
    ({ languageKey, sessionKey, language, session }) => {
      if (sessionStorage.getItem('samverka.test.seeded')) return;
      sessionStorage.setItem('samverka.test.seeded', '1');
      localStorage.setItem(languageKey, language);
      if (session) localStorage.setItem(sessionKey, JSON.stringify(session));
    },
    { languageKey: LANGUAGE_STORAGE_KEY, sessionKey: SESSION_STORAGE_KEY, language, session },
  );
  return context.newPage();
}

/** Waits until the page has its heading and nothing on it is still loading. */
export async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Goes to `path` in the portal and waits for the page to settle. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
}

/** What has keyboard focus: its tag, id and text, for assertions that read like what a user would see. */
export async function focused(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { tag: element?.tagName.toLowerCase() ?? '', id: element?.id ?? '', text: (element?.innerText ?? '').trim() };
  });
}

/** Presses Tab until the focused element's text is `text` (at most `limit` times), as a keyboard user moves through a page. */
export async function tabTo(page: Page, text: string, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === text) return;
  }
  throw new Error(`"${text}" was not reached with ${limit} presses of Tab.`);
}

/** How far the page is wider than the window: 0 when nothing needs sideways scrolling (WCAG 1.4.10 reflow). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
