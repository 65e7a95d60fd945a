import { DEMO, TEST_PASSWORD } from '#testing';

import { axeViolations } from './axe.js';
import { focused, horizontalOverflow, type Language, PHONE, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

const START_THREAD = `mutation Start($input: ThreadInput!) { startExperienceThread(input: $input) { id } }`;
const LOG_AREA = `mutation Log($input: DevelopmentAreaInput!) { logDevelopmentArea(input: $input) { id } }`;

describe('a member exchanges experience and logs development areas', () => {
  const portal = usePortalApp({ page: true });

  async function signIn() {
    await visit(portal.page, '/logga-in');
    await portal.page.getByLabel('E-postadress').fill(DEMO.member);
    await portal.page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await portal.page.getByRole('button', { name: 'Logga in' }).click();
    await portal.page.getByText('Inloggad som Mats Magnusson', { exact: true }).waitFor();
  }

  it('searches, starts a thread, replies to it, and logs a development area that shows on the board', async () => {
    await signIn();

    // Search from the start page's box: it leads to the search page with the words kept (its results are the search page's own tests).
    await portal.page.getByRole('searchbox').fill('bidrag');
    await portal.page.keyboard.press('Enter');
    await portal.page.getByRole('heading', { level: 1, name: 'Sök' }).waitFor();
    const address = new URL(portal.page.url());
    expect([address.pathname, address.searchParams.get('q')]).toEqual(['/sok', 'bidrag']);
    expect(await portal.page.getByRole('searchbox').inputValue()).toBe('bidrag');

    // A new thread: sent empty first, the errors are announced and linked to their fields.
    await portal.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utbyte' }).click();
    await portal.page.getByRole('heading', { level: 1, name: 'Erfarenhetsutbyte' }).waitFor();
    await portal.page.getByRole('link', { name: 'Starta en tråd' }).click();
    await portal.page.getByRole('heading', { level: 1, name: 'Starta en tråd' }).waitFor();
    await portal.page.getByRole('button', { name: 'Publicera tråden' }).click();
    const summary = portal.page.getByRole('alert');
    expect(await summary.innerText()).toContain('Rubrik: Skriv en rubrik.');
    expect(await focused(portal.page)).toMatchObject({ tag: 'div', text: expect.stringContaining('Det finns ett problem') });
    expect(await portal.page.getByLabel('Rubrik', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(portal.page)).toEqual([]);
    await summary.getByRole('link', { name: 'Text: Skriv vad tråden handlar om.' }).click();
    expect(await focused(portal.page)).toMatchObject({ tag: 'textarea', id: 'field-input-body' });

    const title = 'Hur ordnar ni lokaler för föreningsmöten?';
    await portal.page.getByLabel('Rubrik', { exact: true }).fill(title);
    await portal.page
      .getByLabel('Text', { exact: true })
      .fill(
        'Vi vill låna ut **lokaler** kvällstid.\n\n- Vem har nyckeln?\n- Vem städar?\n\nSe [vår policy](https://example.org/policy) och [inte den här](javascript:alert(1)).',
      );
    await portal.page.getByLabel('Ämnen (valfritt)').fill('Lokaler, föreningar');
    await portal.page.getByRole('button', { name: 'Publicera tråden' }).click();
    await portal.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const threadPath = new URL(portal.page.url()).pathname;
    expect(threadPath).toMatch(/^\/utbyte\/tradar\/.+/);

    // The body's Markdown as elements: a list, bold text, a safe link, and the javascript: one left as text.
    const main = portal.page.getByRole('main');
    expect(await main.locator('.markdown li').allInnerTexts()).toEqual(['Vem har nyckeln?', 'Vem städar?']);
    expect(await main.locator('.markdown strong').first().innerText()).toBe('lokaler');
    expect(await main.getByRole('link', { name: 'vår policy' }).getAttribute('href')).toBe('https://example.org/policy');
    expect(await main.getByRole('link', { name: 'inte den här' }).count()).toBe(0);
    expect(await main.getByText('Du följer tråden och får e-post om nya svar.').count()).toBe(1);

    // A reply, which the author then marks as the one that helped.
    await portal.page.getByLabel('Ditt svar', { exact: true }).fill('Vi använder ett *bokningssystem* och en nyckelbox.');
    await portal.page.getByRole('button', { name: 'Skicka svaret' }).click();
    await portal.page.getByText('Ditt svar är publicerat.').waitFor();
    await portal.page.getByRole('heading', { level: 3, name: 'Svar från Mats Magnusson' }).waitFor();
    expect(await main.locator('.post em').innerText()).toBe('bokningssystem');
    await portal.page.getByRole('button', { name: 'Markera som svaret som hjälpte' }).click();
    await portal.page.getByText('Svaret som hjälpte').waitFor();

    // Following is said in words, and can be undone.
    await portal.page.getByRole('button', { name: 'Sluta följa tråden' }).click();
    await portal.page.getByText('Du följer inte tråden.').waitFor();

    // The list shows the thread, under its topic too.
    await portal.page.getByRole('link', { name: 'Tillbaka till alla trådar' }).click();
    await portal.page.getByRole('heading', { level: 1, name: 'Erfarenhetsutbyte' }).waitFor();
    await portal.page.getByRole('link', { name: title }).waitFor();
    expect(await portal.page.getByText('1 svar').count()).toBeGreaterThan(0);
    await portal.page
      .getByRole('navigation', { name: 'Ämnen' })
      .getByRole('link', { name: /^lokaler \(\d+\)$/ })
      .click();
    await portal.page.getByRole('heading', { level: 2, name: 'Trådar om ”lokaler”' }).waitFor();
    await portal.page.getByRole('link', { name: title }).waitFor();
    await portal.page.getByRole('button', { name: 'Följ ämnet ”lokaler”' }).click();
    await portal.page.getByText('Du följer ämnet ”lokaler”', { exact: false }).waitFor();

    // A development area, logged and then found on the board under Identifierat.
    await portal.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utvecklingsområden' }).click();
    await portal.page.getByRole('heading', { level: 1, name: 'Utvecklingsområden' }).waitFor();
    await portal.page.getByRole('link', { name: 'Logga ett nytt område' }).click();
    await portal.page.getByRole('heading', { level: 1, name: 'Logga ett nytt utvecklingsområde' }).waitFor();
    await portal.page.getByRole('button', { name: 'Logga området' }).click();
    expect(await portal.page.getByRole('alert').innerText()).toContain('Beskrivning: Skriv en beskrivning.');
    const areaTitle = 'Gemensamma lokaler för civilsamhället';
    await portal.page.getByLabel('Rubrik', { exact: true }).fill(areaTitle);
    await portal.page.getByLabel('Beskrivning', { exact: true }).fill('Föreningar saknar mötesplatser på kvällstid.');
    await portal.page.getByRole('button', { name: 'Logga området' }).click();
    await portal.page.getByRole('heading', { level: 1, name: areaTitle }).waitFor();
    const history = portal.page.getByRole('table', { name: 'Uppdateringar av området, äldst först' });
    expect(await history.locator('tbody tr').count()).toBe(1);
    expect(await history.locator('tbody td').nth(1).innerText()).toBe('Identifierat');
    // A member is not among those who may change the status: told so politely, without a form.
    await portal.page.getByText('Bara samordnare och kontaktpersoner', { exact: false }).waitFor();
    expect(await portal.page.getByRole('button', { name: 'Spara uppdateringen' }).count()).toBe(0);

    await portal.page.getByRole('link', { name: 'Tillbaka till alla utvecklingsområden' }).click();
    const identified = portal.page.getByRole('region', { name: /^Identifierat/ });
    await identified.getByRole('link', { name: areaTitle }).waitFor();
    expect(await identified.getByText('Status: Identifierat').count()).toBeGreaterThan(0);
  });

  it('lets an owner agency’s liaison add an update that moves the area on', async () => {
    const { client } = await portal.api.login(DEMO.liaisonMigrationsverket);
    const { logDevelopmentArea } = await client.data<{ logDevelopmentArea: { id: string } }>(LOG_AREA, {
      input: { title: 'Tolkstöd vid samråd', description: 'Samråd behöver tolk.', ownerAgencySlugs: ['migrationsverket'] },
    });
    const liaison = await portal.openSignedIn(DEMO.liaisonMigrationsverket);
    await visit(liaison, `/utvecklingsomraden/${logDevelopmentArea.id}`);
    await liaison.getByRole('button', { name: 'Spara uppdateringen' }).click();
    expect(await liaison.getByRole('alert').innerText()).toContain('Anteckning: Skriv en anteckning.');
    await liaison.getByLabel('Ny status', { exact: true }).selectOption({ label: 'Pågår' });
    await liaison.getByLabel('Anteckning', { exact: true }).fill('Upphandling av tolkar har börjat.');
    await liaison.getByRole('button', { name: 'Spara uppdateringen' }).click();
    await liaison.getByText('Uppdateringen är sparad.').waitFor();
    const rows = liaison.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).innerText()).toContain('Upphandling av tolkar har börjat.');
    expect(await liaison.locator('.facts dd').first().innerText()).toBe('Pågår');
    await liaison.context().close();
  });

  describe('has no axe violations (WCAG 2.1 A and AA)', () => {
    let threadId: string;
    let areaId: string;

    beforeAll(async () => {
      const { client } = await portal.api.login(DEMO.member);
      const started = await client.data<{ startExperienceThread: { id: string } }>(START_THREAD, {
        input: { title: 'Erfarenheter av digitala samråd', body: 'Hur *gick* det?\n\n1. Verktyg\n2. Tillgänglighet', topics: ['samråd'] },
      });
      threadId = started.startExperienceThread.id;
      await client.data(`mutation { replyToThread(threadId: "${threadId}", body: "Bra, med **textning**.") { id } }`);
      const logged = await client.data<{ logDevelopmentArea: { id: string } }>(LOG_AREA, {
        input: { title: 'Digitala samråd för alla', description: 'Alla ska kunna delta digitalt.', note: 'Från nätverksmötet.' },
      });
      areaId = logged.logDevelopmentArea.id;
    });

    const paths = ['/utbyte', '/utbyte/tradar/{thread}', '/utbyte/ny', '/utvecklingsomraden', '/utvecklingsomraden/{area}', '/utvecklingsomraden/ny'];
    describe.each<Language>(['sv', 'en'])('in %s', (language) => {
      it.each(paths)('%s', async (path) => {
        const member = await portal.openSignedIn(DEMO.member, { language });
        await visit(member, path.replace('{thread}', threadId).replace('{area}', areaId));
        expect(await member.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await member.locator('h1').count()).toBe(1);
        expect(await axeViolations(member)).toEqual([]);
        // Nothing scrolls sideways on a phone (WCAG 1.4.10).
        await member.setViewportSize(PHONE);
        expect(await horizontalOverflow(member)).toBe(0);
        await member.context().close();
      });
    });

    it('saves screenshots of the thread list, a thread and the board', async () => {
      const member = await portal.openSignedIn(DEMO.member);
      await visit(member, '/utbyte');
      await saveScreenshots(member, 'exchange-threads');
      await visit(member, `/utbyte/tradar/${threadId}`);
      await saveScreenshots(member, 'exchange-thread');
      await visit(member, '/utvecklingsomraden');
      await saveScreenshots(member, 'development-areas-board');
      await visit(member, `/utvecklingsomraden/${areaId}`);
      await saveScreenshots(member, 'development-area');
      await member.context().close();
    });
  });
});
