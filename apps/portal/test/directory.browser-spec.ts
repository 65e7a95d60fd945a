import type { Page } from 'playwright-core';

import { DEMO } from '#testing';

import { axeViolations } from './axe.js';
import { horizontalOverflow, type Language, PHONE, settle, visit } from './browser.js';
import { type PortalTestApp, startPortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

describe('the public directory (Vem gör vad?)', () => {
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

  it('finds support: from the start page to the directory, filtered by travel reimbursement, to the agency and how to apply', async () => {
    await visit(page, '/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Vem gör vad?' }).click();
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Vem gör vad?');
    const count = page.getByRole('status').filter({ hasText: 'insatser' });
    await count.waitFor();
    expect(await count.innerText()).toMatch(/^\d+ insatser hos \d+ myndigheter\.$/);

    await page.getByLabel('Stödform').selectOption({ label: 'Reseersättning' });
    await page.getByRole('button', { name: 'Visa stöd' }).click();
    await page.getByRole('status').filter({ hasText: '1 insats hos 1 myndighet.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('stod')).toBe('TRAVEL_REIMBURSEMENT');
    const agency = page.getByRole('heading', { level: 2, name: 'Migrationsverket' });
    expect(await agency.count()).toBe(1);
    expect(await page.getByRole('main').getByText('Reseersättning', { exact: false }).count()).toBeGreaterThan(0);

    // The filter lives in the address: back undoes it, forward restores it, and the control follows.
    await page.goBack();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ insatser hos \d+ myndigheter/ })
      .waitFor();
    expect(await page.getByLabel('Stödform').inputValue()).toBe('');
    await page.goForward();
    await page.getByRole('status').filter({ hasText: '1 insats hos 1 myndighet.' }).waitFor();
    expect(await page.getByLabel('Stödform').inputValue()).toBe('TRAVEL_REIMBURSEMENT');

    await agency.getByRole('link').click();
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Migrationsverket');
    const work = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mötesplatser mellan asylsökande och civilsamhället' }) });
    expect(await work.innerText()).toContain('Så ansöker du');
    expect(await work.innerText()).toContain('Kontakta Migrationsverket.');
    // A visitor sees contacts' names, and is told why there is no e-mail or phone.
    expect(await page.getByRole('heading', { level: 2, name: 'Kontaktpersoner' }).count()).toBe(1);
    expect(await page.getByRole('main').locator('a[href^="mailto:"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Redigera myndighetens uppgifter' }).count()).toBe(0);
  });

  it('pages through the agencies, keeping the filters in the address', async () => {
    await visit(page, '/vem-gor-vad?stod=FUNDING');
    const pagination = page.getByRole('navigation', { name: 'Sidor' });
    await pagination.getByRole('link', { name: 'Nästa' }).click();
    await page.waitForURL(/stod=FUNDING&sida=2/);
    await pagination.getByText('Sida 2 av').waitFor();
    expect(await pagination.locator('a[aria-current="page"]').getAttribute('aria-label')).toBe('Sida 2');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('directory-count'))).toBe(true);
  });

  it('says so when nothing matches, and for an agency that does not exist', async () => {
    await visit(page, '/vem-gor-vad?stod=PREMISES&typ=AGREEMENT');
    await page.getByRole('status').filter({ hasText: 'Inget stöd matchar filtren.' }).waitFor();
    expect(await page.getByRole('link', { name: 'Rensa filter' }).count()).toBe(1);

    await visit(page, '/aktorer/finns-inte');
    expect(await page.locator('h1').innerText()).toBe('Myndigheten finns inte');
  });

  it('shows members contact details and liaisons the way to edit their own agency', async () => {
    const liaison = await portal.openSignedIn(DEMO.liaisonMigrationsverket);
    await visit(liaison, '/aktorer/migrationsverket');
    expect(await liaison.getByRole('link', { name: 'Redigera myndighetens uppgifter' }).getAttribute('href')).toBe('/redigera/migrationsverket');
    expect(await liaison.getByText('E-postadress och telefonnummer visas för inloggade medlemmar').count()).toBe(0);
    await visit(liaison, '/aktorer/brottsoffermyndigheten');
    expect(await liaison.getByRole('link', { name: 'Redigera myndighetens uppgifter' }).count()).toBe(0);
    await liaison.context().close();
  });

  it('prints as a brochure: no navigation, filters or buttons, every agency with its headings and addresses', async () => {
    await visit(page, '/vem-gor-vad');
    const onScreen = await page.locator('main h2 a[href^="/aktorer/"]').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.main-nav', '.directory-filters', '.pagination', '.skip-link', 'main button']) {
      expect(await page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)).toBe(0);
    }
    const printed = await page.locator('main h2 a[href^="/aktorer/"]').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length);
    expect(printed).toBeGreaterThan(onScreen);
    expect(await page.getByText(/^Utskrift från Samverka/).isVisible()).toBe(true);
    const linkAfter = await page
      .locator('main .work-entry a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(linkAfter).toContain('http');
    await page.emulateMedia({ media: 'screen' });
  });

  describe.each<Language>(['sv', 'en'])('in %s', (language) => {
    it.each(['/vem-gor-vad', '/vem-gor-vad?stod=FUNDING', '/aktorer/migrationsverket', '/aktorer/mucf', '/aktorer/finns-inte'])(
      'has no WCAG 2.1 AA violations on %s',
      async (path) => {
        const tab = await portal.open({ language });
        await visit(tab, path);
        expect(await axeViolations(tab)).toEqual([]);
        await tab.setViewportSize(PHONE);
        expect(await horizontalOverflow(tab)).toBe(0);
        await tab.context().close();
      },
    );
  });

  it('saves screenshots of the directory and an agency page', async () => {
    await visit(page, '/vem-gor-vad');
    await saveScreenshots(page, 'directory');
    await visit(page, '/aktorer/migrationsverket');
    await saveScreenshots(page, 'agency');
  });
});
