import { DEMO } from '#testing';

import { axeViolations } from './axe.js';
import { horizontalOverflow, type Language, PHONE, settle, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

describe('the public directory (Vem gör vad?)', () => {
  const portal = usePortalApp({ page: true });

  it('finds support: from the start page to the directory, filtered by travel reimbursement, to the agency and how to apply', async () => {
    await visit(portal.page, '/');
    await portal.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Vem gör vad?' }).click();
    await settle(portal.page);
    expect(await portal.page.locator('h1').innerText()).toBe('Vem gör vad?');
    const count = portal.page.getByRole('status').filter({ hasText: 'insatser' });
    await count.waitFor();
    expect(await count.innerText()).toMatch(/^\d+ insatser hos \d+ myndigheter\.$/);

    await portal.page.getByLabel('Stödform').selectOption({ label: 'Reseersättning' });
    await portal.page.getByRole('button', { name: 'Visa stöd' }).click();
    await portal.page.getByRole('status').filter({ hasText: '1 insats hos 1 myndighet.' }).waitFor();
    expect(new URL(portal.page.url()).searchParams.get('stod')).toBe('TRAVEL_REIMBURSEMENT');
    const agency = portal.page.getByRole('heading', { level: 2, name: 'Migrationsverket' });
    expect(await agency.count()).toBe(1);
    expect(await portal.page.getByRole('main').getByText('Reseersättning', { exact: false }).count()).toBeGreaterThan(0);

    // The filter lives in the address: back undoes it, forward restores it, and the control follows.
    await portal.page.goBack();
    await portal.page
      .getByRole('status')
      .filter({ hasText: /\d+ insatser hos \d+ myndigheter/ })
      .waitFor();
    expect(await portal.page.getByLabel('Stödform').inputValue()).toBe('');
    await portal.page.goForward();
    await portal.page.getByRole('status').filter({ hasText: '1 insats hos 1 myndighet.' }).waitFor();
    expect(await portal.page.getByLabel('Stödform').inputValue()).toBe('TRAVEL_REIMBURSEMENT');

    await agency.getByRole('link').click();
    await settle(portal.page);
    expect(await portal.page.locator('h1').innerText()).toBe('Migrationsverket');
    const work = portal.page
      .getByRole('listitem')
      .filter({ has: portal.page.getByRole('heading', { name: 'Mötesplatser mellan asylsökande och civilsamhället' }) });
    expect(await work.innerText()).toContain('Så ansöker du');
    expect(await work.innerText()).toContain('Kontakta Migrationsverket.');
    // A visitor sees contacts' names, and is told why there is no e-mail or phone.
    expect(await portal.page.getByRole('heading', { level: 2, name: 'Kontaktpersoner' }).count()).toBe(1);
    expect(await portal.page.getByRole('main').locator('a[href^="mailto:"]').count()).toBe(0);
    expect(await portal.page.getByRole('link', { name: 'Redigera myndighetens uppgifter' }).count()).toBe(0);
  });

  it('pages through the agencies, keeping the filters in the address', async () => {
    await visit(portal.page, '/vem-gor-vad?stod=FUNDING');
    const pagination = portal.page.getByRole('navigation', { name: 'Sidor' });
    await pagination.getByRole('link', { name: 'Nästa' }).click();
    await portal.page.waitForURL(/stod=FUNDING&sida=2/);
    await pagination.getByText('Sida 2 av').waitFor();
    expect(await pagination.locator('a[aria-current="page"]').getAttribute('aria-label')).toBe('Sida 2');
    expect(await portal.page.evaluate(() => document.activeElement?.classList.contains('directory-count'))).toBe(true);
  });

  it('says so when nothing matches, and for an agency that does not exist', async () => {
    await visit(portal.page, '/vem-gor-vad?stod=PREMISES&typ=AGREEMENT');
    await portal.page.getByRole('status').filter({ hasText: 'Inget stöd matchar filtren.' }).waitFor();
    expect(await portal.page.getByRole('link', { name: 'Rensa filter' }).count()).toBe(1);

    await visit(portal.page, '/aktorer/finns-inte');
    expect(await portal.page.locator('h1').innerText()).toBe('Myndigheten finns inte');
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
    await visit(portal.page, '/vem-gor-vad');
    const onScreen = await portal.page.locator('main h2 a[href^="/aktorer/"]').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length);
    await portal.page.emulateMedia({ media: 'print' });
    for (const selector of ['.main-nav', '.directory-filters', '.pagination', '.skip-link', 'main button']) {
      expect(await portal.page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)).toBe(0);
    }
    const printed = await portal.page.locator('main h2 a[href^="/aktorer/"]').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length);
    expect(printed).toBeGreaterThan(onScreen);
    expect(await portal.page.getByText(/^Utskrift från Samverka/).isVisible()).toBe(true);
    const linkAfter = await portal.page
      .locator('main .work-entry a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(linkAfter).toContain('http');
    await portal.page.emulateMedia({ media: 'screen' });
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
    await visit(portal.page, '/vem-gor-vad');
    await saveScreenshots(portal.page, 'directory');
    await visit(portal.page, '/aktorer/migrationsverket');
    await saveScreenshots(portal.page, 'agency');
  });
});
