import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { BackLink } from './back-link';
import { coordinationMessages } from './messages';
import { MinutesForm } from './minutes-form';
import { MeetingMinutesQuery } from './operations';

/** /samordning/moten/:id/protokoll: the meeting's minutes, for published and held meetings. */
export function MinutesPage() {
  const t = useMessages(coordinationMessages);
  const format = useDateFormat();
  const { id = '' } = useParams();
  // Network-only on arrival: the form starts from what is saved now, not from an older copy.
  const { data, loading, error } = useQuery(MeetingMinutesQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const meeting = data?.meeting;

  let content;
  if (error) content = <LoadError error={error} />;
  else if (!data) content = loading ? <Loading /> : null;
  else if (!meeting) content = <p>{t.meetingNotFound}</p>;
  else
    content = (
      <>
        <p className="lead">
          {meeting.title}, {format.timeRange(meeting.startsAt, meeting.endsAt)}
        </p>
        {meeting.status === 'PUBLISHED' || meeting.status === 'HELD' ? (
          <MinutesForm key={meeting.id} meetingId={meeting.id} minutes={meeting.minutes} />
        ) : (
          <p>{t.minutesUnavailable}</p>
        )}
      </>
    );

  return (
    <Page title={t.minutesTitle}>
      <BackLink to="/samordning/moten" label={t.backToMeetings} />
      {content}
    </Page>
  );
}
