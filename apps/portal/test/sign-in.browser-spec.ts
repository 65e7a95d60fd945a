import type { Page } from 'playwright-core';

import { DEMO, TEST_PASSWORD } from '#testing';

import { SESSION_STORAGE_KEY } from '../src/api/session-store.js';
import { axeViolations } from './axe.js';
import { focused, settle, tabTo, visit } from './browser.js';
import { type PortalTestApp, startPortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

describe('signing in and out', () => {
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

  it('works with the keyboard alone: errors are announced and linked to their fields, then the member is signed in', async () => {
    await visit(page, '/');
    await tabTo(page, 'Logga in');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Logga in' });

    // Sent empty: the summary takes focus and links each field.
    await tabTo(page, 'Logga in');
    expect((await focused(page)).tag).toBe('button');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toContain('Det finns ett problem');
    expect(await focused(page)).toMatchObject({ tag: 'div', text: expect.stringContaining('E-postadress: Ange din e-postadress.') });
    const email = page.getByLabel('E-postadress');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await email.getAttribute('aria-describedby'))!}`).textContent()).toBe('Fel: Ange din e-postadress.');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'E-postadress: Ange din e-postadress.' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'field-email' });

    // A wrong password: the API's own words, announced.
    await page.keyboard.type(DEMO.member);
    await page.keyboard.press('Tab');
    await page.keyboard.type('fel-lösenord-helt-enkelt');
    await page.keyboard.press('Enter');
    await page.getByText('Fel e-postadress eller lösenord.').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'div', text: expect.stringContaining('Fel e-postadress eller lösenord.') });
    await saveScreenshots(page, 'sign-in-error');

    // The right one, typed into the password field (emptied after the failure).
    await tabTo(page, '');
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'field-email' });
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText('Inloggad som Mats Magnusson').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const navigation = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await navigation.getByRole('link').allInnerTexts()).toEqual(['Start', 'Vem gör vad?', 'Möten', 'Sök', 'Utbyte', 'Utvecklingsområden']);

    await tabTo(page, 'Logga ut');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Logga in' }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)).toBeNull();
  });

  it('asks a visitor to sign in on a coordinator’s page, and returns there afterwards', async () => {
    await visit(page, '/samordning');
    expect(await page.locator('h1').innerText()).toBe('Logga in för att se sidan');
    await page.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
    await settle(page);
    await page.getByLabel('E-postadress').fill(DEMO.coordinator);
    await page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samordning' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/samordning');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samordning' }).count()).toBe(1);
  });

  it('tells a member that the coordinators’ pages are not for them', async () => {
    const member = await portal.openSignedIn(DEMO.member);
    await visit(member, '/samordning');
    expect(await member.locator('h1').innerText()).toBe('Du har inte behörighet');
    await member.context().close();
  });

  it('renews a refused access token once, even when several requests are refused at the same time', async () => {
    const session = await portal.session(DEMO.liaisonMigrationsverket);
    // A token the server never signed, not yet expired by the clock: the server's refusal is what triggers the renewal.
    const refused = { ...session, accessToken: `${session.accessToken.slice(0, -4)}AAAA` };
    const tab = await portal.open({ session: refused });
    const refreshes: string[] = [];
    tab.on('request', (request) => {
      if (request.postData()?.includes('refreshSession')) refreshes.push(request.url());
    });
    await visit(tab, '/');
    await tab.getByText('Inloggad som Leo Lindqvist').waitFor();
    expect(refreshes).toHaveLength(1);
    // The renewed session works after a reload: the server saw the old refresh token used only once.
    await tab.reload();
    await tab.getByText('Inloggad som Leo Lindqvist').waitFor();
    await tab.context().close();
  });

  it('renews an expired access token before using it, once for all requests of the page', async () => {
    const session = await portal.session(DEMO.member);
    const tab = await portal.open({ session: { ...session, accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString() } });
    const refreshes: string[] = [];
    tab.on('request', (request) => {
      if (request.postData()?.includes('refreshSession')) refreshes.push(request.url());
    });
    await visit(tab, '/');
    await tab.getByText('Inloggad som Mats Magnusson').waitFor();
    expect(refreshes).toHaveLength(1);
    await tab.context().close();
  });
});
