import { focused, horizontalOverflow, PHONE, settle, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

describe('the frame around every page', () => {
  const portal = usePortalApp({ page: true });

  it('starts with a skip link that shows when focused and moves focus into the main content', async () => {
    await visit(portal.page, '/');
    await portal.page.keyboard.press('Tab');
    expect(await focused(portal.page)).toMatchObject({ tag: 'a', text: 'Hoppa till innehållet' });
    const box = await portal.page.locator('.skip-link').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await portal.page.keyboard.press('Enter');
    expect(await focused(portal.page)).toMatchObject({ tag: 'main', id: 'main' });
    // The next Tab continues inside main, past the header.
    await portal.page.keyboard.press('Tab');
    expect(await portal.page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });

  it('keeps focus at the top on arrival, then moves it to the new page’s heading and names the tab after each navigation', async () => {
    await visit(portal.page, '/');
    expect(await portal.page.title()).toBe('Vem gör vad för civilsamhället? – Samverka');
    expect((await focused(portal.page)).tag).toBe('body');

    await portal.page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await settle(portal.page);
    expect(await focused(portal.page)).toEqual({ tag: 'h1', id: '', text: 'Tillgänglighet för Samverka' });
    expect(await portal.page.title()).toBe('Tillgänglighet för Samverka – Samverka');

    const startLink = portal.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start', exact: true });
    expect(await startLink.getAttribute('aria-current')).toBeNull();
    await portal.page.goBack();
    await settle(portal.page);
    expect(await focused(portal.page)).toMatchObject({ tag: 'h1', text: 'Vem gör vad för civilsamhället?' });
    expect(await startLink.getAttribute('aria-current')).toBe('page');
  });

  it('switches to English and back, reflected in <html lang> and kept after a reload', async () => {
    await visit(portal.page, '/tillganglighet');
    await portal.page.getByRole('button', { name: 'English' }).click();
    expect(await portal.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await portal.page.locator('h1').innerText()).toBe('Accessibility of Samverka');
    expect(await portal.page.title()).toBe('Accessibility of Samverka – Samverka');

    await portal.page.reload();
    await settle(portal.page);
    expect(await portal.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await portal.page.getByRole('link', { name: 'Who does what?', exact: true }).count()).toBe(1);

    await portal.page.getByRole('button', { name: 'Svenska' }).click();
    expect(await portal.page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await portal.page.locator('h1').innerText()).toBe('Tillgänglighet för Samverka');
  });

  it('shows the networks on the start page, and its search box leads to the search page', async () => {
    await visit(portal.page, '/');
    expect(await portal.page.getByRole('heading', { level: 3 }).allInnerTexts()).toHaveLength(3);
    await portal.page.getByLabel('Sök bland myndigheternas stöd och arbete').fill('reseersättning');
    await portal.page.keyboard.press('Enter');
    await settle(portal.page);
    expect(new URL(portal.page.url()).pathname + new URL(portal.page.url()).search).toBe('/sok?q=reseers%C3%A4ttning');
    expect(await portal.page.getByLabel('Sök bland myndigheternas stöd och arbete').inputValue()).toBe('reseersättning');
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    await portal.page.setViewportSize(PHONE);
    for (const path of ['/', '/logga-in', '/tillganglighet']) {
      await visit(portal.page, path);
      expect({ path, overflow: await horizontalOverflow(portal.page) }).toEqual({ path, overflow: 0 });
    }
  });

  it('answers an unknown address with a page that says so', async () => {
    await visit(portal.page, '/finns/inte');
    expect(await portal.page.locator('h1').innerText()).toBe('Sidan finns inte');
    expect(await portal.page.title()).toBe('Sidan finns inte – Samverka');
  });

  it('saves screenshots of the start page on a desktop and a phone', async () => {
    await visit(portal.page, '/');
    await saveScreenshots(portal.page, 'start');
    const english = await portal.open({ language: 'en' });
    await visit(english, '/tillganglighet');
    await saveScreenshots(english, 'accessibility-statement-en');
    await english.context().close();
  });
});
