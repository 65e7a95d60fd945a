import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { TableRegion } from '../../app/table-region';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { BackLink } from './back-link';
import { coordinationMessages } from './messages';
import { CoordinatorMeetingsQuery } from './operations';
import { Pagination, useCursorPages } from './pagination';

/** /samordning/moten: every meeting, drafts too, with the ways to manage each. */
export function MeetingsPage() {
  const t = useMessages(coordinationMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  const pages = useCursorPages();
  // Network-first: a meeting saved or published a moment ago must be in the list.
  const { data, loading, error } = useQuery(CoordinatorMeetingsQuery, { variables: pages.variables, fetchPolicy: 'cache-and-network' });
  const meetings = data?.meetings;

  return (
    <Page title={t.meetingsTitle}>
      <BackLink to="/samordning" label={t.backToOverview} />
      <p>
        <Link to="/samordning/moten/ny" className="button">
          {t.newMeeting}
        </Link>
      </p>
      {error ? (
        <LoadError error={error} />
      ) : !meetings ? (
        loading && <Loading />
      ) : meetings.nodes.length === 0 ? (
        <p>{t.meetingsEmpty}</p>
      ) : (
        <>
          <TableRegion caption={t.meetingsCaption}>
            <thead>
              <tr>
                <th scope="col">{t.columnMeeting}</th>
                <th scope="col">{t.columnTime}</th>
                <th scope="col">{t.columnStatus}</th>
                <th scope="col">{t.columnSeats}</th>
                <th scope="col">{t.columnActions}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.nodes.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    {meeting.title}
                    <span className="meta">
                      {labels.meetingKind(meeting.kind)}, {meeting.network.name}
                    </span>
                  </th>
                  <td>{format.timeRange(meeting.startsAt, meeting.endsAt)}</td>
                  <td>{labels.meetingStatus(meeting.status)}</td>
                  <td>{t.seats(meeting.seatsTaken, meeting.capacity ?? null)}</td>
                  <td>
                    <ul className="link-list">
                      {[
                        { to: 'redigera', label: t.editLink },
                        { to: 'anmalningar', label: t.registrationsLink },
                        { to: 'protokoll', label: t.minutesLink },
                      ].map((action) => (
                        <li key={action.to}>
                          <Link to={`/samordning/moten/${meeting.id}/${action.to}`} aria-label={t.linkFor(action.label, meeting.title)}>
                            {action.label}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <Pagination pages={pages} shown={meetings.nodes.length} totalCount={meetings.totalCount} pageInfo={meetings.pageInfo} />
        </>
      )}
    </Page>
  );
}
