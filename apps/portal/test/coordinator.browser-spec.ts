import type { Page } from 'playwright-core';

import { createMeeting, DEMO, type GraphQLClient, REGISTER, registrationInput, TEST_PASSWORD } from '#testing';

import { axeViolations } from './axe.js';
import { focused, type Language, settle, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

const MEETING = `query Meeting($id: ID!) { meeting(id: $id) { status startsAt endsAt selectionPolicy capacity agenda { position title } } }`;

/** Three people from different kinds of actor, so that the selection has breadth to choose for. */
const REGISTRANTS = [
  { participantName: 'Alva Andersson', actorType: 'CIVIL_SOCIETY_ORGANISATION', level: 'LOCAL', area: 'integration' },
  { participantName: 'Bo Berg', actorType: 'CIVIL_SOCIETY_ORGANISATION', level: 'LOCAL', area: 'integration' },
  { participantName: 'Cecilia Carlsson', actorType: 'MUNICIPALITY', level: 'REGIONAL', area: 'idrott' },
];

/** A summer's day next year, far enough ahead to be open for registration: Stockholm is then UTC+2. */
const SUMMER_DAY = `${new Date().getUTCFullYear() + 1}-06-15`;

async function registerThree(api: GraphQLClient, meetingId: string): Promise<void> {
  for (const registrant of REGISTRANTS) await api.data(REGISTER, { meetingId, input: registrationInput(registrant) });
}

describe('coordinating meetings', () => {
  const portal = usePortalApp();
  let coordinator: GraphQLClient;

  beforeAll(async () => {
    coordinator = (await portal.api.login(DEMO.coordinator)).client;
  });

  it('schedules a balanced consultation, publishes it, selects participants and records the minutes', async () => {
    const page = await portal.open();
    const title = 'Samråd om lokaler för föreningslivet';

    // Signing in through the form, as a coordinator does.
    await visit(page, '/logga-in');
    await page.getByLabel('E-postadress').fill(DEMO.coordinator);
    await page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText(/^Inloggad som /).waitFor();

    await visit(page, '/samordning');
    await page.getByRole('link', { name: 'Möten och samråd' }).click();
    await settle(page);
    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('Nytt möte');

    // Sent empty: every missing field is named in the summary and marked.
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det finns ett problem' }).waitFor();
    expect(await page.getByLabel('Rubrik', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Nätverk').selectOption({ index: 1 });
    await page.getByLabel('Rubrik', { exact: true }).fill(title);
    await page.getByLabel('Beskrivning').fill('Hur kan myndigheternas lokaler bli lättare att låna för föreningar?');
    await page.getByLabel('Typ av möte').selectOption({ label: 'Samråd' });
    await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Digitalt' });
    const starts = page.getByRole('group', { name: 'Börjar' });
    await starts.getByLabel('Datum').fill(SUMMER_DAY);
    await starts.getByLabel('Tid').fill('10:00');
    const ends = page.getByRole('group', { name: 'Slutar' });
    await ends.getByLabel('Tid').fill('12:00');
    await page.getByLabel('Länk till det digitala mötet').fill('https://mote.natverket.example/lokaler');
    await page.getByLabel('Antal platser').fill('2');
    await page.getByLabel('Urval', { exact: true }).selectOption('BALANCED');

    // Two agenda items, put in order with the buttons; focus follows the moved item.
    await page.getByRole('button', { name: 'Lägg till punkt' }).click();
    await page.getByRole('group', { name: 'Punkt 1' }).getByLabel('Rubrik').fill('Frågor och svar');
    await page.getByRole('button', { name: 'Lägg till punkt' }).click();
    await page.getByRole('group', { name: 'Punkt 2' }).getByLabel('Rubrik').fill('Välkommen');
    await page.getByRole('button', { name: 'Flytta upp punkt 2' }).click();
    expect(await page.getByRole('group', { name: 'Punkt 1' }).getByLabel('Rubrik').inputValue()).toBe('Välkommen');
    expect((await focused(page)).text).toBe('Flytta ner punkt 1');
    expect(await page.getByRole('status').filter({ hasText: 'Punkt 2 är nu punkt 1.' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera möte' }).waitFor();
    await page.getByText('Mötet är sparat som utkast.').waitFor();
    const meetingId = /\/samordning\/moten\/([^/]+)\/redigera/.exec(page.url())![1]!;

    // 10:00 on a summer's day in Stockholm is 08:00 UTC.
    const { meeting: saved } = await coordinator.data<{ meeting: { status: string; startsAt: string; endsAt: string; agenda: { title: string }[] } }>(MEETING, {
      id: meetingId,
    });
    expect(saved).toMatchObject({ status: 'DRAFT', startsAt: `${SUMMER_DAY}T08:00:00.000Z`, endsAt: `${SUMMER_DAY}T10:00:00.000Z` });
    expect(saved.agenda.map((item) => item.title)).toEqual(['Välkommen', 'Frågor och svar']);
    await settle(page);
    await saveScreenshots(page, 'coordination-meeting-form');

    await page.getByRole('button', { name: 'Publicera mötet' }).click();
    await page.getByText('Mötet är publicerat och anmälan är öppen.').waitFor();
    expect(await page.getByText('Status: Publicerat').count()).toBe(1);

    await registerThree(portal.api.gql, meetingId);

    await page.getByRole('link', { name: 'Anmälningar' }).click();
    await settle(page);
    const table = page.getByRole('table', { name: 'Anmälningar i den ordning de kom in' });
    expect(await table.getByRole('row').count()).toBe(4);
    expect(await table.getByRole('cell', { name: 'Anmäld', exact: true }).count()).toBe(3);

    // The export needs the token in a header: it arrives as a file all the same.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned anmälningarna (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    await page.getByRole('button', { name: 'Välj deltagare' }).click();
    await page.getByText('Urvalet är gjort: 2 deltagare fick plats.').waitFor();
    await table.getByRole('cell', { name: 'Inte utvald', exact: true }).waitFor();
    expect(await table.getByRole('cell', { name: 'Utvald', exact: true }).count()).toBe(2);
    // Each registrant's row says why, in the API's words.
    const reasons = await table.locator('tbody td[lang="sv"]').allInnerTexts();
    expect(reasons).toHaveLength(3);
    for (const reason of reasons) expect(reason.trim().length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'coordination-registrations');

    await visit(page, `/samordning/moten/${meetingId}/protokoll`);
    await page
      .getByLabel('Anteckningar', { exact: true })
      .fill(
        '# Sammanfattning\n\nVi talade om **lokaler** och *bokning*.\n\n- Bättre information\n- Enklare avtal\n\n[Läs mer](https://www.mucf.se) och [inte detta](javascript:alert(1))',
      );
    const preview = page.getByRole('region', { name: 'Förhandsvisning' });
    await preview.getByRole('heading', { name: 'Sammanfattning' }).waitFor();
    expect(await preview.locator('strong').innerText()).toBe('lokaler');
    expect(await preview.getByRole('listitem').count()).toBe(2);
    expect(await preview.getByRole('link').count()).toBe(1);
    expect(await preview.getByRole('link').getAttribute('href')).toBe('https://www.mucf.se/');

    await page.getByRole('button', { name: 'Lägg till beslut' }).click();
    await page.getByLabel('Beslut 1').fill('MUCF sammanställer föreningarnas önskemål om lokaler.');
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const action = page.getByRole('group', { name: 'Åtgärd 1' });
    await action.getByLabel('Vad ska göras').fill('Kartlägga lediga lokaler');
    await action.getByLabel('Ansvarig myndighet').selectOption('migrationsverket');
    await action.getByLabel('Klart senast').fill(SUMMER_DAY);
    await page.getByLabel('Publicera minnesanteckningarna för nätverkets medlemmar').check();
    await page.getByRole('button', { name: 'Spara minnesanteckningarna' }).click();
    await page.getByText('Minnesanteckningarna är sparade').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'coordination-minutes');

    const { meeting: withMinutes } = await coordinator.data<{
      meeting: { minutes: { published: boolean; decisions: string[]; actionItems: { ownerAgency: { slug: string }; dueOn: string }[] } };
    }>(`query M($id: ID!) { meeting(id: $id) { minutes { published decisions actionItems { dueOn ownerAgency { slug } } } } }`, { id: meetingId });
    expect(withMinutes.minutes).toEqual({
      published: true,
      decisions: ['MUCF sammanställer föreningarnas önskemål om lokaler.'],
      actionItems: [{ dueOn: SUMMER_DAY, ownerAgency: { slug: 'migrationsverket' } }],
    });

    // The public meeting page shows the published consultation.
    const visitor = await portal.open();
    await visit(visitor, `/moten/${meetingId}`);
    await visitor.getByRole('main').getByText(title).first().waitFor();
    await visitor.context().close();
    await page.context().close();
  });

  it('invites a member and shows the link to choose a password', async () => {
    const page = await portal.openSignedIn(DEMO.coordinator);
    await visit(page, '/samordning/inbjudningar');
    await page.getByLabel('Namn').fill('Nina Nilsson');
    await page.getByLabel('E-postadress').fill('nina.nilsson@skatteverket.example');
    await page.getByLabel('Roll').selectOption({ label: 'Medlem' });
    await page.getByLabel('Myndighet').selectOption('skatteverket');
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await page.getByText('Nina Nilsson är inbjuden.').waitFor();
    expect(await page.getByRole('status').filter({ hasText: '/inbjudan' }).count()).toBe(1);
    await page.context().close();
  });

  describe('every coordination page, with axe-core (WCAG 2.1 A and AA)', () => {
    let meetingId: string;
    let draftId: string;

    beforeAll(async () => {
      meetingId = await createMeeting(coordinator, { selectionPolicy: 'BALANCED', capacity: 2, title: 'Samråd för axe-kontrollen' });
      draftId = await createMeeting(coordinator, { title: 'Utkast för axe-kontrollen' }, { publish: false });
      await registerThree(portal.api.gql, meetingId);
    });

    const paths = [
      '/samordning',
      '/samordning/moten',
      '/samordning/moten/ny',
      '/samordning/moten/{draft}/redigera',
      '/samordning/moten/{meeting}/redigera',
      '/samordning/moten/{meeting}/anmalningar',
      '/samordning/moten/{meeting}/protokoll',
      '/samordning/inbjudningar',
      '/samordning/logg',
      '/samordning/utskick',
    ];

    describe.each<Language>(['sv', 'en'])('in %s', (language) => {
      let page: Page;

      beforeAll(async () => {
        page = await portal.openSignedIn(DEMO.coordinator, { language });
      });

      afterAll(async () => {
        await page.context().close();
      });

      it.each(paths)('%s has no violations', async (path) => {
        await visit(page, path.replace('{meeting}', meetingId).replace('{draft}', draftId));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  });
});
