import type { MeetingSummaryFragment } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { meetingMessages } from './messages';
import { registrationState } from './registration-state';

/** The registration state in words (never by colour alone): "Öppen till och med …, 3 platser kvar", "Fullt – …", "Stängd". */
export function RegistrationSummary({ meeting }: { meeting: MeetingSummaryFragment }) {
  const t = useMessages(meetingMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  const state = registrationState(meeting);
  switch (state.kind) {
    case 'open':
      return (
        <>
          {t.registrationOpenUntil(format.dateTime(state.deadline))}
          {state.seatsLeft !== null && `, ${t.seatsLeft(state.seatsLeft)}`}
        </>
      );
    case 'waitlist':
      return <>{t.registrationFull}</>;
    case 'balanced':
      return (
        <>
          {t.registrationOpenUntil(format.dateTime(state.deadline))}
          {state.seats !== null && `. ${t.registrationBalanced(state.seats)}`}
        </>
      );
    case 'cancelled':
      return <>{labels.meetingStatus('CANCELLED')}</>;
    case 'held':
      return <>{labels.meetingStatus('HELD')}</>;
    case 'closed':
      return <>{t.registrationClosed}</>;
  }
}
