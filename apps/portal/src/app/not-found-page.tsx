import { Link } from 'react-router';

import { useMessages } from '../i18n/messages';
import { shellMessages } from './messages';
import { Page } from './page';

export function NotFoundPage() {
  const t = useMessages(shellMessages);
  return (
    <Page title={t.notFoundTitle}>
      <p>{t.notFoundText}</p>
      <p>
        <Link to="/">{t.notFoundHome}</Link>
      </p>
    </Page>
  );
}
