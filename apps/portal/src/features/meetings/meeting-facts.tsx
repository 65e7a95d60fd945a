import type { MeetingSummaryFragment } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { meetingMessages } from './messages';
import { RegistrationSummary } from './registration-summary';

/** When, where and how to register, as a description list: the calendar's cards and the meeting page share it. */
export function MeetingFacts({ meeting }: { meeting: MeetingSummaryFragment }) {
  const t = useMessages(meetingMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  const place = [labels.meetingFormat(meeting.format), meeting.format !== 'DIGITAL' ? meeting.location : null].filter(Boolean).join(', ');
  return (
    <dl className="meeting-facts">
      <div>
        <dt>{t.when}</dt>
        <dd>{format.timeRange(meeting.startsAt, meeting.endsAt)}</dd>
      </div>
      <div>
        <dt>{t.where}</dt>
        <dd>{meeting.format === 'DIGITAL' ? t.online : place}</dd>
      </div>
      <div>
        <dt>{t.registration}</dt>
        <dd>
          <RegistrationSummary meeting={meeting} />
        </dd>
      </div>
    </dl>
  );
}
