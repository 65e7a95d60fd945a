import { DEMO, TEST_PASSWORD } from '#testing';

import { SESSION_STORAGE_KEY } from '../src/api/session-store.js';
import { axeViolations } from './axe.js';
import { focused, settle, tabTo, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

describe('signing in and out', () => {
  const portal = usePortalApp({ page: true });

  it('works with the keyboard alone: errors are announced and linked to their fields, then the member is signed in', async () => {
    await visit(portal.page, '/');
    await tabTo(portal.page, 'Logga in');
    await portal.page.keyboard.press('Enter');
    // The start page has an h1 too: wait for the new page, and for focus to reach its heading, before looking.
    await portal.page.waitForURL('**/logga-in');
    await settle(portal.page);
    await portal.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focused(portal.page)).toMatchObject({ tag: 'h1', text: 'Logga in' });

    // Sent empty: the summary takes focus and links each field.
    await tabTo(portal.page, 'Logga in');
    expect((await focused(portal.page)).tag).toBe('button');
    await portal.page.keyboard.press('Enter');
    const summary = portal.page.getByRole('alert');
    expect(await summary.innerText()).toContain('Det finns ett problem');
    expect(await focused(portal.page)).toMatchObject({ tag: 'div', text: expect.stringContaining('E-postadress: Ange din e-postadress.') });
    const email = portal.page.getByLabel('E-postadress');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await portal.page.locator(`#${(await email.getAttribute('aria-describedby'))!}`).textContent()).toBe('Fel: Ange din e-postadress.');
    expect(await axeViolations(portal.page)).toEqual([]);

    await portal.page.keyboard.press('Tab');
    expect(await focused(portal.page)).toMatchObject({ tag: 'a', text: 'E-postadress: Ange din e-postadress.' });
    await portal.page.keyboard.press('Enter');
    expect(await focused(portal.page)).toMatchObject({ tag: 'input', id: 'field-email' });

    // A wrong password: the API's own words, announced.
    await portal.page.keyboard.type(DEMO.member);
    await portal.page.keyboard.press('Tab');
    await portal.page.keyboard.type('fel-lösenord-helt-enkelt');
    await portal.page.keyboard.press('Enter');
    await portal.page.getByText('Fel e-postadress eller lösenord.').waitFor();
    expect(await focused(portal.page)).toMatchObject({ tag: 'div', text: expect.stringContaining('Fel e-postadress eller lösenord.') });
    await saveScreenshots(portal.page, 'sign-in-error');

    // The right one, typed into the password field (emptied after the failure).
    await tabTo(portal.page, '');
    expect(await focused(portal.page)).toMatchObject({ tag: 'input', id: 'field-email' });
    await portal.page.keyboard.press('Tab');
    await portal.page.keyboard.type(TEST_PASSWORD);
    await portal.page.keyboard.press('Enter');
    await portal.page.getByText('Inloggad som Mats Magnusson', { exact: true }).waitFor();
    expect(new URL(portal.page.url()).pathname).toBe('/');
    const navigation = portal.page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await navigation.getByRole('link').allInnerTexts()).toEqual(['Start', 'Vem gör vad?', 'Möten', 'Sök', 'Utbyte', 'Utvecklingsområden']);

    await tabTo(portal.page, 'Logga ut');
    await portal.page.keyboard.press('Enter');
    await portal.page.getByRole('link', { name: 'Logga in' }).waitFor();
    expect(await portal.page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)).toBeNull();
  });

  it('asks a visitor to sign in on a coordinator’s page, and returns there afterwards', async () => {
    await visit(portal.page, '/samordning');
    expect(await portal.page.locator('h1').innerText()).toBe('Logga in för att se sidan');
    await portal.page.getByRole('main').getByRole('link', { name: 'Logga in' }).click();
    await settle(portal.page);
    await portal.page.getByLabel('E-postadress').fill(DEMO.coordinator);
    await portal.page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await portal.page.getByRole('button', { name: 'Logga in' }).click();
    await portal.page.getByRole('heading', { level: 1, name: 'Samordning' }).waitFor();
    expect(new URL(portal.page.url()).pathname).toBe('/samordning');
    expect(await portal.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Samordning' }).count()).toBe(1);
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
    await tab.getByText('Inloggad som Leo Lindqvist', { exact: true }).waitFor();
    expect(refreshes).toHaveLength(1);
    // The renewed session works after a reload: the server saw the old refresh token used only once.
    await tab.reload();
    await tab.getByText('Inloggad som Leo Lindqvist', { exact: true }).waitFor();
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
    await tab.getByText('Inloggad som Mats Magnusson', { exact: true }).waitFor();
    expect(refreshes).toHaveLength(1);
    await tab.context().close();
  });
});
