import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { projectRoot } from '#config';

import { DESKTOP, PHONE, settle } from './browser.js';

/** Where the tests leave pictures of the pages; the README links them. */
export const SCREENSHOT_DIRECTORY = path.join(projectRoot(), 'apps', 'portal', 'test', 'screenshots');

/**
 * Saves the whole page as `<name>-desktop.png` (1280×800) and
 * `<name>-phone.png` (360×740), then leaves the page at its first size.
 */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  for (const [suffix, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIRECTORY, `${name}-${suffix}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  }
  await page.setViewportSize(original);
}
