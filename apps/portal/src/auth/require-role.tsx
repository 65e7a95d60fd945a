import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

import { Page } from '../app/page';
import { Loading } from '../app/status';
import { signInMessages } from '../features/sign-in/messages';
import { RETURN_PARAMETER } from '../features/sign-in/return-path';
import type { Role } from '../gql/graphql';
import { useMessages } from '../i18n/messages';
import { useViewer } from './viewer';

interface RequireRoleProps {
  /** Who may see the children (see roles.ts for the usual sets). */
  roles: readonly Role[];
  children: ReactNode;
}

/**
 * Shows its children to a viewer with one of `roles`; a visitor gets a
 * sign-in prompt that returns here, a viewer without the role a plain
 * refusal. Wrapped around a lazy area, the area's code is not even loaded
 * until it may be shown. The API checks every request itself: this only
 * spares the viewer pages they cannot use.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const t = useMessages(signInMessages);
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) {
    const back = new URLSearchParams({ [RETURN_PARAMETER]: location.pathname + location.search }).toString();
    return (
      <Page title={t.promptTitle}>
        <p>{t.promptText}</p>
        <p>
          <Link to={`/logga-in?${back}`} className="button">
            {t.promptLink}
          </Link>
        </p>
      </Page>
    );
  }
  if (!roles.includes(viewer.role)) {
    return (
      <Page title={t.forbiddenTitle}>
        <p>{t.forbiddenText}</p>
      </Page>
    );
  }
  return <>{children}</>;
}
