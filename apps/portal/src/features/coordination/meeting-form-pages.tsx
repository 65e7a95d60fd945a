import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { describeError } from '../../api/errors';
import { Page } from '../../app/page';
import type { MeetingInput } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { BackLink } from './back-link';
import { MeetingActions } from './meeting-actions';
import { MeetingForm } from './meeting-form';
import { MeetingSubpage } from './meeting-subpage';
import { coordinationMessages } from './messages';
import { EditableMeetingQuery, ScheduleMeetingMutation, UpdateMeetingMutation } from './operations';

/** What the edit page says on arrival from the new-meeting form (router state, so a reload does not repeat it). */
interface ArrivalState {
  created?: boolean;
}

/** /samordning/moten/ny: a new meeting, saved as a draft. */
export function NewMeetingPage() {
  const t = useMessages(coordinationMessages);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [schedule] = useMutation(ScheduleMeetingMutation);

  async function submit(input: MeetingInput) {
    try {
      const { data } = await schedule({ variables: { input } });
      if (data) navigate(`/samordning/moten/${data.scheduleMeeting.id}/redigera`, { state: { created: true } satisfies ArrivalState });
      return null;
    } catch (caught) {
      return describeError(caught, language);
    }
  }

  return (
    <Page title={t.newMeetingTitle}>
      <BackLink to="/samordning/moten" label={t.backToMeetings} />
      <MeetingForm submitLabel={t.saveDraft} onSubmit={submit} />
    </Page>
  );
}

/** /samordning/moten/:id/redigera: the meeting's details and agenda, and publishing or cancelling it. */
export function EditMeetingPage() {
  const t = useMessages(coordinationMessages);
  const labels = useMessages(enumLabels);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as ArrivalState | null)?.created === true;
  const [saved, setSaved] = useState(false);
  const query = useQuery(EditableMeetingQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateMeetingMutation, { refetchQueries: [EditableMeetingQuery] });
  const meeting = query.data?.meeting;

  async function submit(input: MeetingInput) {
    setSaved(false);
    try {
      await update({ variables: { id, expectedVersion: meeting?.version, input } });
      setSaved(true);
      return null;
    } catch (caught) {
      return describeError(caught, language);
    }
  }

  return (
    <MeetingSubpage title={t.editMeetingTitle} query={query} meeting={meeting}>
      {(meeting) => {
        const editable = meeting.status === 'DRAFT' || meeting.status === 'PUBLISHED';
        return (
          <>
            <p className="lead">{meeting.title}</p>
            <p>{t.meetingStatus(labels.meetingStatus(meeting.status))}</p>
            {meeting.cancellationReason && <p>{t.cancelledBecause(meeting.cancellationReason)}</p>}
            <p role="status" className={saved || created ? 'notice' : undefined}>
              {saved ? t.savedChanges : created ? t.savedNew : ''}
            </p>
            <ul className="shortcut-list">
              <li>
                <Link to={`/samordning/moten/${meeting.id}/anmalningar`}>{t.registrationsLink}</Link>
              </li>
              <li>
                <Link to={`/samordning/moten/${meeting.id}/protokoll`}>{t.minutesLink}</Link>
              </li>
            </ul>
            <MeetingActions meeting={meeting} />
            {editable ? (
              // Keyed by the meeting, not its version: a save must not wipe what the coordinator is still typing.
              <MeetingForm key={meeting.id} meeting={meeting} submitLabel={t.saveChanges} onSubmit={submit} />
            ) : (
              <p>{t.lockedMeeting}</p>
            )}
          </>
        );
      }}
    </MeetingSubpage>
  );
}
