import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { useMessages } from '../i18n/messages';
import { shellMessages } from './messages';
import { useNavigated } from './navigation';

interface PageProps {
  /** The page's name: its <h1> and the first part of the browser tab's title. */
  title: string;
  children?: ReactNode;
}

/**
 * Every page starts with this: one <h1>, the document title "Page – Samverka",
 * and, after a navigation, focus on the heading so that keyboard and screen
 * reader users start reading the new page at its top.
 */
export function Page({ title, children }: PageProps) {
  const t = useMessages(shellMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  const navigated = useNavigated();
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${title} – ${t.siteName}`;
  }, [title, t.siteName]);

  useEffect(() => {
    if (navigated.current) heading.current?.focus();
  }, [pathname, navigated]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}

/** A page whose content another change will add: its heading and a line saying so. */
export function PlannedPage({ title }: { title: string }) {
  const t = useMessages(shellMessages);
  return (
    <Page title={title}>
      <p>{t.plannedText}</p>
    </Page>
  );
}
