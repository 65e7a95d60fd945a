import { type MouseEvent, Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';

import { COORDINATOR_ROLES, LIAISON_ROLES } from '../auth/roles';
import { useViewer } from '../auth/viewer';
import { useLanguage } from '../i18n/language-provider';
import { useMessages } from '../i18n/messages';
import { shellMessages } from './messages';
import { NavigationTracker } from './navigation';
import { PageErrorBoundary } from './page-error-boundary';
import { Loading } from './status';

/** Moves focus into <main> without changing the address, so that a router listening to the address is not involved. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useMessages(shellMessages);
  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => setLanguage(other)}>
      {t.otherLanguage}
    </button>
  );
}

function Account() {
  const t = useMessages(shellMessages);
  const { viewer, signOut } = useViewer();
  const navigate = useNavigate();
  if (!viewer) {
    return (
      <Link to="/logga-in" className="account__sign-in">
        {t.signIn}
      </Link>
    );
  }
  return (
    <>
      <span className="account__name">{t.signedInAs(viewer.name)}</span>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          void signOut().then(() => navigate('/'));
        }}
      >
        {t.signOut}
      </button>
    </>
  );
}

function MainNavigation() {
  const t = useMessages(shellMessages);
  const { viewer } = useViewer();
  const items: { to: string; label: string; end?: boolean }[] = [
    { to: '/', label: t.navStart, end: true },
    { to: '/vem-gor-vad', label: t.navDirectory },
    { to: '/moten', label: t.navMeetings },
    { to: '/sok', label: t.navSearch },
  ];
  if (viewer) items.push({ to: '/utbyte', label: t.navExchange }, { to: '/utvecklingsomraden', label: t.navDevelopmentAreas });
  if (viewer?.agency && LIAISON_ROLES.includes(viewer.role)) items.push({ to: `/redigera/${viewer.agency.slug}`, label: t.navAgency });
  if (viewer && COORDINATOR_ROLES.includes(viewer.role)) items.push({ to: '/samordning', label: t.navCoordination });
  return (
    <nav className="main-nav" aria-label={t.mainNavigation}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            {/* NavLink marks the current page with aria-current="page", which the style shows as well. */}
            <NavLink to={item.to} end={item.end}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The frame of every page: skip link, header with navigation, the page in <main>, footer. */
export function Layout() {
  const t = useMessages(shellMessages);
  const { pathname } = useLocation();
  return (
    <NavigationTracker>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <div className="site-name">
            <Link to="/" className="site-name__title">
              {t.siteName}
            </Link>
            <span className="site-name__tagline">{t.tagline}</span>
          </div>
          <div className="site-tools">
            <LanguageSwitch />
            <Account />
          </div>
        </div>
        <MainNavigation />
      </header>
      <main id="main" tabIndex={-1}>
        {/* A new page starts without the last one's failure. */}
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t.footerAbout}</p>
        <nav aria-label={t.footerNavigation}>
          <ul>
            <li>
              <Link to="/tillganglighet">{t.accessibilityStatement}</Link>
            </li>
            <li>
              <a href="/graphql">{t.openApi}</a>
            </li>
          </ul>
        </nav>
      </footer>
    </NavigationTracker>
  );
}
