import type { Page } from 'playwright-core';

import { axeViolations } from './axe.js';
import { focused, type Language, settle, tabTo, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

const CONSULTATION = 'Samråd om samverkan mellan det civila samhället och det offentliga';

/** Presses Tab until the control with `id` has focus, as a keyboard user moves through a form. */
async function tabToId(page: Page, id: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).id === id) return;
  }
  throw new Error(`#${id} was not reached with ${limit} presses of Tab.`);
}

/** True when the focused element shows the portal's focus ring (an outline or the yellow box shadow). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  });
}

let registrant = 0;
function uniqueEmail(): string {
  registrant += 1;
  return `deltagare.${registrant}.${Date.now().toString(36)}@forening.example`;
}

describe('the meeting calendar and registering for a consultation', () => {
  const portal = usePortalApp({ page: true });
  let meetingId: string;

  beforeAll(async () => {
    const { meetings } = await portal.api.gql.data<{ meetings: { nodes: { id: string; title: string }[] } }>('{ meetings(first: 10) { nodes { id title } } }');
    meetingId = meetings.nodes.find((meeting) => meeting.title === CONSULTATION)!.id;
  });

  it('finds the consultation in the calendar, registers and sees the outcome', async () => {
    await visit(portal.page, '/moten');
    expect(await portal.page.locator('h1').innerText()).toBe('Möten och samråd');
    expect(await portal.page.getByRole('link', { name: 'Prenumerera på kalendern' }).getAttribute('href')).toBe('/calendar.ics');
    const card = portal.page.locator('li', { has: portal.page.getByRole('link', { name: CONSULTATION }) });
    expect(await card.innerText()).toContain('Samråd · Myndighetsnätverk för civilsamhällesfrågor');
    expect(await card.innerText()).toContain('Digitalt');
    expect(await card.innerText()).toContain('Urval görs för bredd bland de anmälda (25 platser)');
    expect(await portal.page.getByRole('heading', { level: 3, name: /^Juni \d{4}$/ }).count()).toBe(1);
    await saveScreenshots(portal.page, 'meetings-calendar');

    await portal.page.getByRole('link', { name: CONSULTATION }).click();
    await settle(portal.page);
    expect(await portal.page.locator('h1').innerText()).toBe(CONSULTATION);
    // 10:00–12:00 on Swedish (summer) time, whatever the test machine's zone.
    expect(await portal.page.locator('.meeting-facts').innerText()).toMatch(/[a-zåäö]+dag 2 juni \d{4} 10:00–12:00/);
    expect(await portal.page.getByRole('link', { name: 'Lägg till i kalender' }).getAttribute('href')).toBe(`/meetings/${meetingId}.ics`);
    expect(await portal.page.getByRole('table', { name: 'Dagordningens punkter i tur och ordning' }).locator('tbody tr').count()).toBe(5);
    await saveScreenshots(portal.page, 'meeting');

    const email = uniqueEmail();
    await portal.page.getByLabel('Namn').fill('Anna Andersson');
    await portal.page.getByLabel('E-postadress').fill(email);
    await portal.page.getByLabel('Organisation').fill('Föreningen Exempel');
    await portal.page.getByLabel('Typ av aktör').selectOption('CIVIL_SOCIETY_ORGANISATION');
    await portal.page.getByLabel('Nivå').selectOption('REGIONAL');
    await portal.page.getByLabel('Område du arbetar med (valfritt)').fill('integration');
    await portal.page.getByLabel('Jag är intresserad av att delta i en referensgrupp efter samrådet').check();
    await portal.page.getByRole('button', { name: 'Skicka anmälan' }).click();

    const outcome = portal.page.getByRole('status').filter({ hasText: 'Tack för din anmälan' });
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain('Du är anmäld. Urval görs efter sista anmälningsdag');
    expect(await outcome.innerText()).toContain(email);
    expect(await focused(portal.page)).toMatchObject({ tag: 'div', text: expect.stringContaining('Tack för din anmälan') });
    expect(await axeViolations(portal.page)).toEqual([]);
    await saveScreenshots(portal.page, 'meeting-registered');

    const { meeting } = await portal.api.gql.data<{ meeting: { seatsTaken: number } }>('query($id: ID!) { meeting(id: $id) { seatsTaken } }', {
      id: meetingId,
    });
    expect(meeting.seatsTaken).toBe(0); // A balanced meeting gives seats only when participants are selected.
  });

  it('registers with the keyboard alone, the focus visible at every step', async () => {
    await visit(portal.page, '/moten');
    await tabTo(portal.page, CONSULTATION);
    expect(await focusIsVisible(portal.page)).toBe(true);
    await portal.page.keyboard.press('Enter');
    await settle(portal.page);
    expect(await focused(portal.page)).toMatchObject({ tag: 'h1', text: CONSULTATION });

    await tabToId(portal.page, 'field-input-participantName');
    expect(await focusIsVisible(portal.page)).toBe(true);
    await portal.page.keyboard.type('Kim Karlsson');
    await portal.page.keyboard.press('Tab');
    expect((await focused(portal.page)).id).toBe('field-input-email');
    expect(await focusIsVisible(portal.page)).toBe(true);
    const email = uniqueEmail();
    await portal.page.keyboard.type(email);
    await portal.page.keyboard.press('Tab');
    await portal.page.keyboard.type('Kommunen');
    await portal.page.keyboard.press('Tab');
    expect((await focused(portal.page)).id).toBe('field-input-actorType');
    expect(await focusIsVisible(portal.page)).toBe(true);
    // A closed select picks the option whose name starts with what is typed.
    await portal.page.keyboard.type('Kommun');
    await portal.page.keyboard.press('Tab');
    expect((await focused(portal.page)).id).toBe('field-input-level');
    await portal.page.keyboard.type('Lokal');
    await portal.page.keyboard.press('Tab');
    await portal.page.keyboard.press('Tab');
    expect((await focused(portal.page)).id).toBe('field-input-referenceGroupInterest');
    expect(await focusIsVisible(portal.page)).toBe(true);
    await portal.page.keyboard.press('Space');
    expect(await portal.page.locator('#field-input-referenceGroupInterest').isChecked()).toBe(true);
    await portal.page.keyboard.press('Shift+Tab');
    expect((await focused(portal.page)).id).toBe('field-input-area');
    await portal.page.keyboard.press('Tab');
    await portal.page.keyboard.press('Tab');
    expect(await focused(portal.page)).toMatchObject({ tag: 'button', text: 'Skicka anmälan' });
    expect(await focusIsVisible(portal.page)).toBe(true);
    await portal.page.keyboard.press('Enter');

    await portal.page.getByText('Tack för din anmälan').waitFor();
    expect(await focused(portal.page)).toMatchObject({ tag: 'div', text: expect.stringContaining('Du är anmäld. Urval görs') });
  });

  it('announces errors, links them to their fields, and explains an address already registered', async () => {
    await visit(portal.page, `/moten/${meetingId}`);
    await portal.page.getByRole('button', { name: 'Skicka anmälan' }).click();
    const summary = portal.page.getByRole('alert');
    expect(await summary.innerText()).toContain('Det finns ett problem');
    expect(await focused(portal.page)).toMatchObject({ tag: 'div', text: expect.stringContaining('Namn: Ange ditt namn.') });
    for (const text of [
      'E-postadress: Ange din e-postadress.',
      'Organisation: Ange din organisation.',
      'Typ av aktör: Välj vilken typ av aktör du företräder.',
      'Nivå: Välj på vilken nivå du verkar.',
    ]) {
      expect(await summary.getByRole('link', { name: text }).count()).toBe(1);
    }
    const name = portal.page.getByLabel('Namn');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await portal.page.locator(`#${(await name.getAttribute('aria-describedby'))!}`).textContent()).toBe('Fel: Ange ditt namn.');
    expect(await axeViolations(portal.page)).toEqual([]);
    await saveScreenshots(portal.page, 'meeting-errors');

    await summary.getByRole('link', { name: 'Nivå: Välj på vilken nivå du verkar.' }).click();
    expect((await focused(portal.page)).id).toBe('field-input-level');

    // An address the API refuses: its words, on the field.
    await name.fill('Sam Svensson');
    await portal.page.getByLabel('E-postadress').fill('inte-en-adress');
    await portal.page.getByLabel('Organisation').fill('Regionen');
    await portal.page.getByLabel('Typ av aktör').selectOption('REGION');
    await portal.page.getByLabel('Nivå').selectOption('REGIONAL');
    await portal.page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await portal.page
      .getByRole('alert')
      .getByRole('link', { name: /^E-postadress: / })
      .waitFor();
    expect(await portal.page.getByLabel('E-postadress').getAttribute('aria-invalid')).toBe('true');

    // Already registered: a CONFLICT, shown on the e-mail field.
    const email = uniqueEmail();
    await portal.api.gql.data('mutation($id: ID!, $input: RegistrationInput!) { registerForMeeting(meetingId: $id, input: $input) { id } }', {
      id: meetingId,
      input: { participantName: 'Först', email, organisation: 'Regionen', actorType: 'REGION', level: 'REGIONAL' },
    });
    await portal.page.getByLabel('E-postadress').fill(email);
    await portal.page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await portal.page.getByRole('alert').getByText('Den e-postadressen är redan anmäld till mötet.').waitFor();
    expect(await portal.page.getByRole('alert').getByRole('link', { name: 'E-postadress: Den här e-postadressen är redan anmäld till mötet.' }).count()).toBe(
      1,
    );
  });

  it('shows the past year on request, and says so when a meeting does not exist', async () => {
    await visit(portal.page, '/moten');
    await portal.page.getByRole('link', { name: 'Visa genomförda möten' }).click();
    await settle(portal.page);
    expect(new URL(portal.page.url()).search).toBe('?visa=tidigare');
    await portal.page.getByRole('heading', { level: 2, name: 'Möten det senaste året' }).waitFor();
    expect(await portal.page.getByText('Inga möten har hållits det senaste året.').count()).toBe(1);
    await visit(portal.page, '/moten/00000000-0000-4000-8000-000000000000');
    expect(await portal.page.locator('h1').innerText()).toBe('Mötet finns inte');
  });

  describe.each<Language>(['sv', 'en'])('in %s', (language) => {
    it('has no axe violations on the calendar, the past meetings and the meeting page', async () => {
      const tab = await portal.open({ language });
      for (const path of ['/moten', '/moten?visa=tidigare', `/moten/${meetingId}`]) {
        await visit(tab, path);
        expect(await tab.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await axeViolations(tab)).toEqual([]);
      }
      if (language === 'en') await saveScreenshots(tab, 'meeting-en');
      await tab.context().close();
    });
  });
});
