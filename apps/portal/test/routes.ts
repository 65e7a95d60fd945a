import { DEMO } from '#testing';

/** Who looks at a route in the accessibility tests. */
export type Visitor = 'anonymous' | keyof typeof DEMO;

export interface TestRoute {
  /** `{meeting}` stands for the seeded consultation's id. */
  path: string;
  as: Visitor;
}

/**
 * Every route of the portal, as the visitor it is meant for (and the
 * sign-in prompt as the visitor it keeps out). A new page adds its line here
 * and is then checked with axe in both languages.
 */
export const ROUTES: TestRoute[] = [
  { path: '/', as: 'anonymous' },
  { path: '/vem-gor-vad', as: 'anonymous' },
  { path: '/aktorer/migrationsverket', as: 'anonymous' },
  { path: '/moten', as: 'anonymous' },
  { path: '/moten/{meeting}', as: 'anonymous' },
  { path: '/sok?q=bidrag', as: 'anonymous' },
  { path: '/logga-in', as: 'anonymous' },
  { path: '/inbjudan/en-inbjudan-som-inte-finns', as: 'anonymous' },
  { path: '/tillganglighet', as: 'anonymous' },
  { path: '/sidan-finns-inte', as: 'anonymous' },
  { path: '/utbyte', as: 'anonymous' },
  { path: '/utbyte', as: 'member' },
  { path: '/utvecklingsomraden', as: 'member' },
  { path: '/redigera/migrationsverket', as: 'liaisonMigrationsverket' },
  { path: '/samordning', as: 'coordinator' },
  { path: '/samordning', as: 'member' },
];
