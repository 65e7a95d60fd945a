import type { Page } from 'playwright-core';

import { focused, horizontalOverflow, PHONE, settle, visit } from './browser.js';
import { type PortalTestApp, startPortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

describe('the frame around every page', () => {
  let portal: PortalTestApp;
  let page: Page;

  beforeAll(async () => {
    portal = await startPortalApp();
  });

  beforeEach(async () => {
    page = await portal.open();
  });

  afterEach(async () => {
    await page.context().close();
  });

  afterAll(async () => {
    await portal.close();
  });

  it('starts with a skip link that shows when focused and moves focus into the main content', async () => {
    await visit(page, '/');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Hoppa till innehållet' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });
    // The next Tab continues inside main, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });

  it('keeps focus at the top on arrival, then moves it to the new page’s heading and names the tab after each navigation', async () => {
    await visit(page, '/');
    expect(await page.title()).toBe('Vem gör vad för civilsamhället? – Samverka');
    expect((await focused(page)).tag).toBe('body');

    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await settle(page);
    expect(await focused(page)).toEqual({ tag: 'h1', id: '', text: 'Tillgänglighet för Samverka' });
    expect(await page.title()).toBe('Tillgänglighet för Samverka – Samverka');

    const startLink = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start', exact: true });
    expect(await startLink.getAttribute('aria-current')).toBeNull();
    await page.goBack();
    await settle(page);
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Vem gör vad för civilsamhället?' });
    expect(await startLink.getAttribute('aria-current')).toBe('page');
  });

  it('switches to English and back, reflected in <html lang> and kept after a reload', async () => {
    await visit(page, '/tillganglighet');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Accessibility of Samverka');
    expect(await page.title()).toBe('Accessibility of Samverka – Samverka');

    await page.reload();
    await settle(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Who does what?' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Svenska' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('h1').innerText()).toBe('Tillgänglighet för Samverka');
  });

  it('shows the networks on the start page, and its search box leads to the search page', async () => {
    await visit(page, '/');
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toHaveLength(3);
    await page.getByLabel('Sök bland myndigheternas stöd och arbete').fill('reseersättning');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/sok?q=reseers%C3%A4ttning');
    expect(await page.getByLabel('Sök bland myndigheternas stöd och arbete').inputValue()).toBe('reseersättning');
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    await page.setViewportSize(PHONE);
    for (const path of ['/', '/logga-in', '/tillganglighet']) {
      await visit(page, path);
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
    }
  });

  it('answers an unknown address with a page that says so', async () => {
    await visit(page, '/finns/inte');
    expect(await page.locator('h1').innerText()).toBe('Sidan finns inte');
    expect(await page.title()).toBe('Sidan finns inte – Samverka');
  });

  it('saves screenshots of the start page on a desktop and a phone', async () => {
    await visit(page, '/');
    await saveScreenshots(page, 'start');
    const english = await portal.open({ language: 'en' });
    await visit(english, '/tillganglighet');
    await saveScreenshots(english, 'accessibility-statement-en');
    await english.context().close();
  });
});
