import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';

import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { MeetingSubpage } from './meeting-subpage';
import { coordinationMessages } from './messages';
import { MinutesForm } from './minutes-form';
import { MeetingMinutesQuery } from './operations';

/** /samordning/moten/:id/protokoll: the meeting's minutes, for published and held meetings. */
export function MinutesPage() {
  const t = useMessages(coordinationMessages);
  const format = useDateFormat();
  const { id = '' } = useParams();
  // Network-only on arrival: the form starts from what is saved now, not from an older copy.
  const query = useQuery(MeetingMinutesQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <MeetingSubpage title={t.minutesTitle} query={query} meeting={query.data?.meeting}>
      {(meeting) => (
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
      )}
    </MeetingSubpage>
  );
}
