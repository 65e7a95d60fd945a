import { type ComponentType, lazy, type ReactNode } from 'react';

import { RequireRole } from '../auth/require-role';
import { COORDINATOR_ROLES, LIAISON_ROLES, MEMBER_ROLES } from '../auth/roles';
import { AccessibilityStatementPage } from '../features/accessibility/accessibility-statement-page';
import { AgencyPage } from '../features/directory/agency-page';
import { DirectoryPage } from '../features/directory/directory-page';
import { MeetingPage } from '../features/meetings/meeting-page';
import { MeetingsPage } from '../features/meetings/meetings-page';
import { SearchPage } from '../features/search/search-page';
import { AcceptInvitationPage } from '../features/sign-in/accept-invitation-page';
import { SignInPage } from '../features/sign-in/sign-in-page';
import { StartPage } from '../features/start/start-page';
import { NotFoundPage } from './not-found-page';

/** React.lazy for a module's named export (the code base uses named exports only). */
function lazyNamed<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// The signed-in areas are split from the public pages' bundle: a visitor never downloads them.
const ExchangeArea = lazyNamed(() => import('../features/exchange/exchange-area'), 'ExchangeArea');
const DevelopmentAreasArea = lazyNamed(() => import('../features/development-areas/development-areas-area'), 'DevelopmentAreasArea');
const AgencyEditingArea = lazyNamed(() => import('../features/agency-editing/agency-editing-area'), 'AgencyEditingArea');
const CoordinationArea = lazyNamed(() => import('../features/coordination/coordination-area'), 'CoordinationArea');

export interface AppRoute {
  /** A react-router path; an area ends in /* and routes its own pages. */
  path: string;
  element: ReactNode;
}

/**
 * Every page of the portal. Public pages are imported directly (they are the
 * initial bundle that `npm run portal:build` measures); signed-in areas are
 * lazy and guarded.
 */
export const routes: AppRoute[] = [
  { path: '/', element: <StartPage /> },
  { path: '/vem-gor-vad', element: <DirectoryPage /> },
  { path: '/aktorer/:slug', element: <AgencyPage /> },
  { path: '/moten', element: <MeetingsPage /> },
  { path: '/moten/:id', element: <MeetingPage /> },
  { path: '/sok', element: <SearchPage /> },
  { path: '/logga-in', element: <SignInPage /> },
  // The invitation link in both forms: the API's e-mail writes /inbjudan?token=…; /inbjudan/:token is the form the portal began with.
  { path: '/inbjudan', element: <AcceptInvitationPage /> },
  { path: '/inbjudan/:token', element: <AcceptInvitationPage /> },
  { path: '/tillganglighet', element: <AccessibilityStatementPage /> },
  {
    path: '/utbyte/*',
    element: (
      <RequireRole roles={MEMBER_ROLES}>
        <ExchangeArea />
      </RequireRole>
    ),
  },
  {
    path: '/utvecklingsomraden/*',
    element: (
      <RequireRole roles={MEMBER_ROLES}>
        <DevelopmentAreasArea />
      </RequireRole>
    ),
  },
  {
    path: '/redigera/*',
    element: (
      <RequireRole roles={LIAISON_ROLES}>
        <AgencyEditingArea />
      </RequireRole>
    ),
  },
  {
    path: '/samordning/*',
    element: (
      <RequireRole roles={COORDINATOR_ROLES}>
        <CoordinationArea />
      </RequireRole>
    ),
  },
  { path: '*', element: <NotFoundPage /> },
];
