import type { Page } from 'playwright-core';

import { DEMO } from '#testing';

import { axeViolations } from './axe.js';
import { type Language, visit } from './browser.js';
import { usePortalApp } from './portal-app.js';
import { ROUTES, type Visitor } from './routes.js';

describe('every route, in Swedish and English, with axe-core (WCAG 2.1 A and AA)', () => {
  const portal = usePortalApp();
  let meetingId: string;
  const pages = new Map<string, Page>();

  /** One tab per visitor and language, reused from route to route as a person would. */
  async function pageFor(as: Visitor, language: Language): Promise<Page> {
    const key = `${as}:${language}`;
    let page = pages.get(key);
    if (!page) {
      page = as === 'anonymous' ? await portal.open({ language }) : await portal.openSignedIn(DEMO[as], { language });
      pages.set(key, page);
    }
    return page;
  }

  beforeAll(async () => {
    const { meetings } = await portal.api.gql.data<{ meetings: { nodes: { id: string }[] } }>('{ meetings(first: 1) { nodes { id } } }');
    meetingId = meetings.nodes[0]!.id;
  });

  describe.each<Language>(['sv', 'en'])('in %s', (language) => {
    it.each(ROUTES.map((route) => [route.path, route.as] as const))('%s as %s has no violations', async (path, as) => {
      const page = await pageFor(as, language);
      await visit(page, path.replace('{meeting}', meetingId));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
