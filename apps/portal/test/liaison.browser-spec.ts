import { DEMO, TEST_PASSWORD } from '#testing';

import { axeViolations } from './axe.js';
import { focused, type Language, settle, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

const PROFILE = `query Profile($slug: String!) { agency(slug: $slug) { version description website abbreviation civilSocietyWork { id title } contacts { id name } } }`;
const UPDATE_PROFILE = `mutation Update($slug: String!, $expectedVersion: Int!, $input: AgencyProfileInput!) {
  updateAgencyProfile(slug: $slug, expectedVersion: $expectedVersion, input: $input) { version }
}`;

interface Profile {
  version: number;
  description: string;
  website: string | null;
  abbreviation: string | null;
  civilSocietyWork: { id: string; title: string }[];
  contacts: { id: string; name: string }[];
}

describe('a liaison keeps their agency’s details current', () => {
  const portal = usePortalApp();

  /** The agency as the API has it now, read by a coordinator. */
  async function stored(): Promise<Profile> {
    const { client } = await portal.api.login(DEMO.coordinator);
    return (await client.data<{ agency: Profile }>(PROFILE, { slug: 'migrationsverket' })).agency;
  }

  it('edits the profile, then merges field by field with a coordinator’s change saved meanwhile', async () => {
    const page = await portal.open();
    await visit(page, '/logga-in?tillbaka=/redigera');
    await page.getByLabel('E-postadress').fill(DEMO.liaisonMigrationsverket);
    await page.getByLabel('Lösenord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    // A liaison is sent straight to their own agency.
    await page.getByRole('heading', { level: 1, name: 'Redigera Migrationsverket' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/redigera/migrationsverket');

    const description = page.getByLabel('Beskrivning', { exact: true });
    await description.fill('Migrationsverket prövar ansökningar och stöder civilsamhället med information.');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await page.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).waitFor();
    expect((await stored()).description).toBe('Migrationsverket prövar ansökningar och stöder civilsamhället med information.');

    // The liaison starts a new edit; a coordinator saves the same agency before they do.
    await page.reload();
    await settle(page);
    await page.getByLabel('Beskrivning', { exact: true }).fill('Liaisonens beskrivning.');
    await page.getByRole('textbox', { name: /^Webbplats/ }).fill('https://liaison.example/');
    const before = await stored();
    const { client } = await portal.api.login(DEMO.coordinator);
    await client.data(UPDATE_PROFILE, {
      slug: 'migrationsverket',
      expectedVersion: before.version,
      input: { description: 'Samordnarens beskrivning.', website: 'https://samordnare.example/', abbreviation: 'MIGR' },
    });

    await page.getByRole('button', { name: 'Spara profilen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Någon annan har sparat ändringar medan du redigerade' });
    await summary.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'div', text: expect.stringContaining('Beskrivning: välj värde') });
    expect(await summary.innerText()).toContain('Webbplats: välj värde');
    // A field only the coordinator changed comes in, and the summary says so.
    expect(await summary.innerText()).toContain('Ändrat av någon annan och infört i formuläret: Förkortning.');
    expect(await page.getByRole('textbox', { name: /^Förkortning/ }).inputValue()).toBe('MIGR');
    // Nothing was written over: the API still has the coordinator's values.
    expect((await stored()).description).toBe('Samordnarens beskrivning.');

    const descriptionChoice = page.getByRole('group', { name: 'Beskrivning har ändrats av någon annan' });
    expect(await descriptionChoice.innerText()).toContain('Ditt värde: Liaisonens beskrivning.');
    expect(await descriptionChoice.innerText()).toContain('Deras värde (sparat av någon annan): Samordnarens beskrivning.');
    const websiteChoice = page.getByRole('group', { name: 'Webbplats har ändrats av någon annan' });
    expect(await websiteChoice.getByRole('radio', { name: /Behåll mitt/ }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'liaison-conflict');

    // Their description, my website.
    await descriptionChoice.getByRole('radio', { name: /Ta deras/ }).check();
    expect(await page.getByLabel('Beskrivning', { exact: true }).inputValue()).toBe('Samordnarens beskrivning.');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await page.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).waitFor();
    expect(await summary.count()).toBe(0);
    const after = await stored();
    expect(after).toMatchObject({
      description: 'Samordnarens beskrivning.',
      website: 'https://liaison.example/',
      abbreviation: 'MIGR',
      version: before.version + 2,
    });
    await page.context().close();
  });

  it('adds, edits and removes civil-society work and contact people, asking before removing', async () => {
    const page = await portal.openSignedIn(DEMO.liaisonMigrationsverket);
    await visit(page, '/redigera/migrationsverket');

    // Sent empty, the work form names what is missing, linked to the fields.
    await page.getByRole('link', { name: 'Lägg till arbete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt arbete med civilsamhället' }).waitFor();
    await page.getByRole('button', { name: 'Spara arbetet' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
    await problems.waitFor();
    expect(await problems.getByRole('link').allInnerTexts()).toEqual([
      'Rubrik: Skriv en rubrik.',
      'Sammanfattning: Skriv en sammanfattning.',
      'Beskrivning: Skriv en beskrivning.',
    ]);
    expect(await page.getByLabel('Rubrik', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Sort').selectOption('CONSULTATION');
    await page.getByLabel('Rubrik', { exact: true }).fill('Samråd om mottagande');
    await page.getByLabel('Sammanfattning').fill('Vi samråder med organisationer om mottagandet.');
    await page.getByLabel('Beskrivning', { exact: true }).fill('Två gånger om året bjuder vi in till samråd.');
    await page.getByLabel('Målgrupper').fill('Ideella organisationer\nTrossamfund');
    await page.getByLabel('Lokaler').check();
    await page.getByRole('button', { name: 'Spara arbetet' }).click();
    await page.getByRole('status').filter({ hasText: 'Samråd om mottagande är sparat.' }).waitFor();
    expect((await stored()).civilSocietyWork.map((work) => work.title)).toContain('Samråd om mottagande');

    await page.getByRole('link', { name: 'Redigera Samråd om mottagande' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera Samråd om mottagande' }).waitFor();
    expect(await page.getByLabel('Målgrupper').inputValue()).toBe('Ideella organisationer\nTrossamfund');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshots(page, 'liaison-work');
    await page.getByLabel('Rubrik', { exact: true }).fill('Samråd om mottagandet');
    await page.getByRole('button', { name: 'Spara arbetet' }).click();
    await page.getByRole('status').filter({ hasText: 'Samråd om mottagandet är sparat.' }).waitFor();

    // Removing asks first; cancelling keeps it, confirming removes it.
    await page.getByRole('button', { name: 'Ta bort Samråd om mottagandet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort?' });
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ text: 'Avbryt' });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // Escape closes the dialog and gives focus back to the button that opened it.
    const removeButton = page.getByRole('button', { name: 'Ta bort Samråd om mottagandet' });
    expect(await removeButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await removeButton.click();
    await dialog.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByRole('status').filter({ hasText: 'Samråd om mottagandet är borttaget.' }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Arbete med civilsamhället' });
    expect((await stored()).civilSocietyWork.map((work) => work.title)).not.toContain('Samråd om mottagandet');

    // A contact person: the API's own field error is linked to its field.
    await page.getByRole('link', { name: 'Lägg till kontaktperson' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny kontaktperson' }).waitFor();
    await page.getByLabel('Namn').fill('Sara Svensson');
    await page.getByLabel('Telefon').fill('ring mig');
    await page.getByRole('button', { name: 'Spara kontaktpersonen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Det finns ett problem' })
      .getByRole('link', { name: /^Telefon:/ })
      .waitFor();
    expect(await page.getByLabel('Telefon').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Telefon').fill('010-123 45 67');
    await page.getByRole('button', { name: 'Spara kontaktpersonen' }).click();
    await page.getByRole('status').filter({ hasText: 'Sara Svensson är sparad.' }).waitFor();
    await page.getByRole('button', { name: 'Ta bort Sara Svensson' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByRole('status').filter({ hasText: 'Sara Svensson är borttagen.' }).waitFor();
    expect((await stored()).contacts.map((contact) => contact.name)).not.toContain('Sara Svensson');
    await page.context().close();
  });

  it('tells a liaison that another agency is not theirs to edit', async () => {
    const page = await portal.openSignedIn(DEMO.liaisonMigrationsverket);
    await visit(page, '/redigera/brottsoffermyndigheten');
    expect(await page.locator('h1').innerText()).toBe('Du kan inte redigera den här myndigheten');
    await page.context().close();
  });

  describe.each<Language>(['sv', 'en'])('in %s, with axe-core (WCAG 2.1 A and AA)', (language) => {
    it('has no violations on the editor’s pages', async () => {
      const liaison = await portal.openSignedIn(DEMO.liaisonMigrationsverket, { language });
      const { civilSocietyWork, contacts } = await stored();
      const paths = [
        '/redigera/migrationsverket',
        '/redigera/migrationsverket/arbete/ny',
        `/redigera/migrationsverket/arbete/${civilSocietyWork[0]!.id}`,
        '/redigera/migrationsverket/kontakter/ny',
        ...(contacts[0] ? [`/redigera/migrationsverket/kontakter/${contacts[0].id}`] : []),
      ];
      for (const path of paths) {
        await visit(liaison, path);
        expect({ path, violations: await axeViolations(liaison) }).toEqual({ path, violations: [] });
      }
      if (language === 'sv') {
        await visit(liaison, '/redigera/migrationsverket');
        await saveScreenshots(liaison, 'liaison-agency');
      }
      await liaison.context().close();

      // A coordinator chooses among all agencies, a page at a time.
      const coordinator = await portal.openSignedIn(DEMO.coordinator, { language });
      await visit(coordinator, '/redigera');
      expect({ path: '/redigera', violations: await axeViolations(coordinator) }).toEqual({ path: '/redigera', violations: [] });
      await coordinator.getByRole('button', { name: language === 'sv' ? 'Visa fler myndigheter' : 'Show more agencies' }).click();
      await coordinator.getByText(language === 'sv' ? 'Visar 27 av 27.' : 'Showing 27 of 27.').waitFor();
      expect((await focused(coordinator)).tag).toBe('a');
      await coordinator.context().close();
    });
  });
});
