import { axeViolations } from './axe.js';
import { focused, type Language, settle, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { saveScreenshots } from './screenshots.js';

interface SearchAnswer {
  search: { totalCount: number; facets: { kinds: { kind: string; count: number }[] } };
}

describe('searching', () => {
  const portal = usePortalApp({ page: true });

  /** The API's own answer, to compare the page with. */
  async function apiSearch(query: string, kinds?: string[]): Promise<SearchAnswer['search']> {
    const answer = await portal.api.gql.data<SearchAnswer>(
      'query($query: String!, $kinds: [SearchKind!]) { search(query: $query, kinds: $kinds) { totalCount facets { kinds { kind count } } } }',
      { query, kinds },
    );
    return answer.search;
  }

  it('searches from the start page, highlights the matches and narrows by a facet', async () => {
    const expected = await apiSearch('bidrag');
    const work = expected.facets.kinds.find((facet) => facet.kind === 'WORK')!;
    expect(work.count).toBeGreaterThan(0);

    await visit(portal.page, '/');
    await portal.page.getByLabel('Sök bland myndigheternas stöd och arbete').fill('bidrag');
    await portal.page.keyboard.press('Enter');
    await settle(portal.page);
    expect(new URL(portal.page.url()).search).toBe('?q=bidrag');
    const count = portal.page.locator('.search-results__count[role="status"]');
    await count.getByText(`${expected.totalCount} träffar för ”bidrag”.`).waitFor();
    expect(await portal.page.locator('.search-hit mark').count()).toBeGreaterThan(0);
    expect((await portal.page.locator('.search-hit mark').first().innerText()).toLowerCase()).toContain('bidrag');
    // The snippet's text is text: no markup from it but <mark> reaches the page.
    expect(await portal.page.locator('.search-hit__snippet *:not(mark)').count()).toBe(0);

    const kinds = portal.page.getByRole('group', { name: 'Typ av träff' });
    const workBox = kinds.getByRole('checkbox', { name: `Stöd och arbete (${work.count})` });
    // Clicked, not check()ed: the box shows the address's filter, which a navigation (a React transition) updates after the
    // click, and check() looks for the new state at once. The state is asserted below, once the address has it.
    await workBox.click();
    await portal.page.waitForURL((url) => url.searchParams.getAll('kind').join() === 'WORK');
    await count.getByText(work.count === 1 ? '1 träff för ”bidrag”.' : `${work.count} träffar för ”bidrag”.`).waitFor();
    expect(await workBox.isChecked()).toBe(true);
    expect(await focused(portal.page)).toMatchObject({ tag: 'input' });
    const shownKinds = await portal.page.locator('.search-hit__kind').allInnerTexts();
    expect(shownKinds.length).toBe(Math.min(work.count, 20));
    expect(shownKinds.every((kind) => kind.startsWith('Stöd och arbete'))).toBe(true);
    const firstLink = await portal.page.locator('.search-hit__title a').first().getAttribute('href');
    expect(firstLink).toMatch(/^\/aktorer\/[a-z0-9-]+#arbete-/);
    await saveScreenshots(portal.page, 'search');

    await portal.page.getByRole('button', { name: 'Ta bort alla filter' }).click();
    await portal.page.waitForURL((url) => url.search === '?q=bidrag');
    await count.getByText(`${expected.totalCount} träffar för ”bidrag”.`).waitFor();
  });

  it('pages through many results, the new page’s heading taking focus', async () => {
    const expected = await apiSearch('och');
    expect(expected.totalCount).toBeGreaterThan(20);
    await visit(portal.page, '/sok?q=och');
    const pages = portal.page.getByRole('navigation', { name: 'Sidor med träffar' });
    expect(await pages.innerText()).toContain(`Sida 1 av ${Math.ceil(expected.totalCount / 20)}`);
    await pages.getByRole('link', { name: 'Nästa sida' }).click();
    await portal.page.waitForURL((url) => url.searchParams.get('page') === '2');
    await pages.getByText('Sida 2 av').waitFor();
    expect(await focused(portal.page)).toMatchObject({ tag: 'h2', text: 'Träffar' });
    expect(await portal.page.locator('ol.search-hits').getAttribute('start')).toBe('21');
  });

  it('suggests a spelling and says so when nothing is found', async () => {
    await visit(portal.page, '/sok?q=skattverket');
    await portal.page.getByText('Menade du').waitFor();
    expect(await portal.page.getByRole('link', { name: 'skatteverket', exact: true }).getAttribute('href')).toBe('/sok?q=skatteverket');
    expect(await portal.page.getByRole('status').filter({ hasText: 'för ”skatteverket”' }).count()).toBe(1);
    await saveScreenshots(portal.page, 'search-did-you-mean');
    await visit(portal.page, '/sok?q=xyzzyqwertz');
    await portal.page.getByText('Inga träffar för ”xyzzyqwertz”.').waitFor();
    expect(await axeViolations(portal.page)).toEqual([]);
  });

  describe.each<Language>(['sv', 'en'])('in %s', (language) => {
    it('has no axe violations on the search page, with and without results', async () => {
      const tab = await portal.open({ language });
      for (const path of ['/sok?q=bidrag', '/sok?q=bidrag&kind=WORK', '/sok']) {
        await visit(tab, path);
        await tab.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        expect(await tab.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await axeViolations(tab)).toEqual([]);
      }
      await visit(tab, '/sok?q=bidrag');
      if (language === 'en') await saveScreenshots(tab, 'search-en');
      await tab.context().close();
    });
  });
});
