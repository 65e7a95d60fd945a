import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { useViewer } from '../../auth/viewer';
import type { MeetingQuery as MeetingData } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { RETURN_PARAMETER } from '../sign-in/return-path';
import { MeetingFacts } from './meeting-facts';
import { meetingMessages } from './messages';
import { Minutes } from './minutes';
import { MeetingQuery } from './operations';
import { RegistrationForm } from './registration-form';
import { acceptsRegistrations, registrationState } from './registration-state';

import './meetings.css';

type Meeting = NonNullable<MeetingData['meeting']>;

function Agenda({ meeting }: { meeting: Meeting }) {
  const t = useMessages(meetingMessages);
  if (meeting.agenda.length === 0) return null;
  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t.agenda}</h2>
      <table className="data-table">
        <caption>{t.agendaCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.agendaNumber}</th>
            <th scope="col">{t.agendaItem}</th>
            <th scope="col">{t.agendaPresenter}</th>
            <th scope="col">{t.agendaDuration}</th>
          </tr>
        </thead>
        <tbody>
          {[...meeting.agenda]
            .sort((a, b) => a.position - b.position)
            .map((item) => (
              <tr key={item.position}>
                <td>{item.position}</td>
                <td>{item.title}</td>
                <td>{item.presenter ?? t.notSet}</td>
                <td>{item.durationMinutes ? t.minutesLong(item.durationMinutes) : t.notSet}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}

/** The registration part: the form while it is open, otherwise why not (or a sign-in prompt for network meetings). */
function Registration({ meeting }: { meeting: Meeting }) {
  const t = useMessages(meetingMessages);
  const labels = useMessages(enumLabels);
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  const format = useDateFormat();
  const state = registrationState(meeting);
  if (state.kind === 'cancelled' || state.kind === 'held') return null;
  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">{t.registerTitle}</h2>
      {meeting.myRegistration && <p className="notice">{t.yourRegistration(labels.registrationStatus(meeting.myRegistration.status))}</p>}
      {!acceptsRegistrations(state) ? (
        <p>{t.registerClosedText}</p>
      ) : meeting.kind === 'NETWORK_MEETING' && !viewer ? (
        <p>
          {t.registerSignIn} <Link to={`/logga-in?${new URLSearchParams({ [RETURN_PARAMETER]: pathname }).toString()}`}>{t.signIn}</Link>
        </p>
      ) : (
        <>
          {state.kind === 'balanced' && <p>{t.registerBalancedNote(format.dateTime(state.deadline))}</p>}
          {state.kind === 'waitlist' && <p className="notice">{t.registerWaitlistNote}</p>}
          <RegistrationForm meetingId={meeting.id} selectionPolicy={meeting.selectionPolicy} deadline={state.deadline} />
        </>
      )}
    </section>
  );
}

function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const t = useMessages(meetingMessages);
  const labels = useMessages(enumLabels);
  return (
    <Page title={meeting.title}>
      <p className="meeting-card__kind">
        {labels.meetingKind(meeting.kind)} · {meeting.network.name}
      </p>
      {meeting.status === 'CANCELLED' && (
        <p className="notice notice--error">{meeting.cancellationReason ? t.cancelledBecause(meeting.cancellationReason) : t.cancelled}</p>
      )}
      <MeetingFacts meeting={meeting} />
      <ul className="meeting-actions">
        <li>
          {/* A file for the visitor's calendar program, served by the API: a plain link, not a route of the portal. */}
          <a href={`/meetings/${encodeURIComponent(meeting.id)}.ics`}>{t.addToCalendar}</a>
        </li>
        {meeting.onlineUrl && (
          <li>
            <a href={meeting.onlineUrl} rel="noopener noreferrer">
              {t.joinOnline}
            </a>
          </li>
        )}
        <li>
          <Link to="/moten">{t.backToCalendar}</Link>
        </li>
      </ul>
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t.about}</h2>
        <p className="meeting-description">{meeting.description}</p>
      </section>
      <Agenda meeting={meeting} />
      <Registration meeting={meeting} />
      {meeting.minutes && <Minutes minutes={meeting.minutes} />}
    </Page>
  );
}

/** /moten/:id: one meeting, with the registration form and, for members, its minutes. */
export function MeetingPage() {
  const t = useMessages(meetingMessages);
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MeetingQuery, { variables: { id } });
  // Shown from the cache while a registration refetches the meeting, so that the form and its outcome stay.
  if (data?.meeting) return <MeetingDetails meeting={data.meeting} />;
  if (loading) return <Loading />;
  if (error) {
    return (
      <Page title={t.meetingTitle}>
        <LoadError error={error} />
      </Page>
    );
  }
  return <NotFoundPage title={t.notFoundTitle} text={t.notFoundText} back={{ to: '/moten', label: t.backToCalendar }} />;
}
