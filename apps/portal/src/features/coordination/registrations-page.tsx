import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';

import { describeError } from '../../api/errors';
import { TableRegion } from '../../app/table-region';
import type { MeetingRegistrationsQuery } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { CsvDownload } from './csv-download';
import { MeetingSubpage } from './meeting-subpage';
import { coordinationMessages } from './messages';
import { MeetingRegistrationsQuery as RegistrationsQuery, SelectParticipantsMutation } from './operations';

type Meeting = NonNullable<MeetingRegistrationsQuery['meeting']>;

/** Runs the selection of a BALANCED meeting; it closes registration, so it is offered once. */
function SelectParticipants({ meeting }: { meeting: Meeting }) {
  const t = useMessages(coordinationMessages);
  const format = useDateFormat();
  const { language } = useLanguage();
  const [select, { loading }] = useMutation(SelectParticipantsMutation, { refetchQueries: [RegistrationsQuery] });
  const [result, setResult] = useState('');
  const [failure, setFailure] = useState('');

  async function run() {
    setFailure('');
    try {
      const { data } = await select({ variables: { meetingId: meeting.id } });
      setResult(t.selected(data?.selectParticipants.filter((registration) => registration.status === 'SELECTED').length ?? 0));
    } catch (caught) {
      setFailure(describeError(caught, language).message);
    }
  }

  const open = meeting.status === 'PUBLISHED' && meeting.registrations.length > 0;
  return (
    <section className="panel" aria-labelledby="select-title">
      <h2 id="select-title">{t.selectTitle}</h2>
      <p>{t.selectText}</p>
      <p role="status">{result}</p>
      <p role="alert">{failure && <span className="notice notice--error">{failure}</span>}</p>
      {meeting.selectedAt ? (
        <p>{t.selectedAt(format.dateTime(meeting.selectedAt))}</p>
      ) : open ? (
        <button type="button" className="button" disabled={loading} onClick={() => void run()}>
          {loading ? t.selecting : t.select}
        </button>
      ) : (
        <p>{t.selectNotOpen}</p>
      )}
    </section>
  );
}

function RegistrationsTable({ meeting }: { meeting: Meeting }) {
  const t = useMessages(coordinationMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  const balanced = meeting.selectionPolicy === 'BALANCED';
  // The API lists registrations in arrival order, which is also the order of the waiting list.
  const waitlist = meeting.registrations.filter((registration) => registration.status === 'WAITLISTED').map((registration) => registration.id);

  if (meeting.registrations.length === 0) return <p>{t.registrationsEmpty}</p>;
  return (
    <TableRegion caption={t.registrationsCaption}>
      <thead>
        <tr>
          <th scope="col">{t.columnOrder}</th>
          <th scope="col">{t.columnName}</th>
          <th scope="col">{t.columnActor}</th>
          <th scope="col">{t.columnArea}</th>
          <th scope="col">{t.columnStatus}</th>
          {balanced && <th scope="col">{t.columnReason}</th>}
          <th scope="col">{t.columnRegistered}</th>
        </tr>
      </thead>
      <tbody>
        {meeting.registrations.map((registration, index) => (
          <tr key={registration.id}>
            <td>{index + 1}</td>
            <th scope="row">
              {registration.participantName}
              <span className="meta">{registration.organisation}</span>
              <span className="meta">{registration.email}</span>
            </th>
            <td>{t.actorAndLevel(labels.actorType(registration.actorType), labels.actorLevel(registration.level))}</td>
            <td>{registration.area ?? t.noArea}</td>
            <td>
              {registration.status === 'WAITLISTED' ? t.waitlisted(waitlist.indexOf(registration.id) + 1) : labels.registrationStatus(registration.status)}
            </td>
            {/* The API explains the selection in Swedish only. */}
            {balanced && (registration.selectionReason ? <td lang="sv">{registration.selectionReason}</td> : <td>{t.noReason}</td>)}
            <td>{format.dateTime(registration.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

/** /samordning/moten/:id/anmalningar: who registered, the selection for a BALANCED meeting, and the CSV export. */
export function RegistrationsPage() {
  const t = useMessages(coordinationMessages);
  const format = useDateFormat();
  const { id = '' } = useParams();
  const query = useQuery(RegistrationsQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <MeetingSubpage title={t.registrationsTitle} query={query} meeting={query.data?.meeting}>
      {(meeting) => (
        <>
          <p className="lead">
            {meeting.title}, {format.timeRange(meeting.startsAt, meeting.endsAt)}
          </p>
          <p>{t.registrationsSummary(meeting.registrations.length, meeting.seatsTaken, meeting.capacity ?? null)}</p>
          <CsvDownload meetingId={meeting.id} />
          {meeting.selectionPolicy === 'BALANCED' && <SelectParticipants meeting={meeting} />}
          <RegistrationsTable meeting={meeting} />
        </>
      )}
    </MeetingSubpage>
  );
}
