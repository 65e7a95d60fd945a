import { Link } from 'react-router';

import { useMessages } from '../i18n/messages';
import { shellMessages } from './messages';
import { Page } from './page';

export interface NotFoundPageProps {
  /** What was not found, e.g. "Mötet finns inte"; by default the portal's own "page not found". */
  title?: string;
  text?: string;
  /** Where to go instead; by default the start page. */
  back?: { to: string; label: string };
}

/** A page saying what was not found, with one way on: for unknown addresses and for ids that name nothing. */
export function NotFoundPage({ title, text, back }: NotFoundPageProps) {
  const t = useMessages(shellMessages);
  const link = back ?? { to: '/', label: t.notFoundHome };
  return (
    <Page title={title ?? t.notFoundTitle}>
      <p>{text ?? t.notFoundText}</p>
      <p>
        <Link to={link.to}>{link.label}</Link>
      </p>
    </Page>
  );
}
