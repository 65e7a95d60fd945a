import type { ReactNode } from 'react';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { useMessages } from '../../i18n/messages';
import { BackLink } from './back-link';
import { coordinationMessages } from './messages';

interface MeetingSubpageProps<M> {
  title: string;
  /** The page's query: its data is there once loaded, `meeting` then null when no such meeting exists. */
  query: { data?: unknown; loading: boolean; error?: unknown };
  meeting: M | null | undefined;
  children: (meeting: M) => ReactNode;
}

/** A coordinator's page about one meeting: the way back to the list, loading and failure, a missing meeting, and then the page itself. */
export function MeetingSubpage<M>({ title, query, meeting, children }: MeetingSubpageProps<M>) {
  const t = useMessages(coordinationMessages);
  let content: ReactNode;
  if (query.error) content = <LoadError error={query.error} />;
  else if (!query.data) content = query.loading ? <Loading /> : null;
  else if (!meeting) content = <p>{t.meetingNotFound}</p>;
  else content = children(meeting);
  return (
    <Page title={title}>
      <BackLink to="/samordning/moten" label={t.backToMeetings} />
      {content}
    </Page>
  );
}
