import type { MeetingQuery } from '../../gql/graphql';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { Markdown } from '../../markdown/markdown';
import { meetingMessages } from './messages';

type MinutesData = NonNullable<NonNullable<MeetingQuery['meeting']>['minutes']>;

/** The minutes as members see them (coordinators also a draft, marked as such): body, decisions and action items. */
export function Minutes({ minutes }: { minutes: MinutesData }) {
  const t = useMessages(meetingMessages);
  const format = useDateFormat();
  return (
    <section className="minutes" aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t.minutesTitle}</h2>
      {!minutes.published && <p className="notice">{t.minutesDraft}</p>}
      <p className="card__meta">{t.minutesUpdated(format.dateTime(minutes.updatedAt))}</p>
      <Markdown source={minutes.body} headings={3} />
      {minutes.decisions.length > 0 && (
        <>
          <h3>{t.decisions}</h3>
          <ol>
            {minutes.decisions.map((decision, index) => (
              <li key={index}>{decision}</li>
            ))}
          </ol>
        </>
      )}
      {minutes.actionItems.length > 0 && (
        <>
          <h3>{t.actionItems}</h3>
          <table className="data-table">
            <caption>{t.actionItemsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.actionItem}</th>
                <th scope="col">{t.actionOwner}</th>
                <th scope="col">{t.actionDue}</th>
                <th scope="col">{t.actionStatus}</th>
              </tr>
            </thead>
            <tbody>
              {minutes.actionItems.map((item) => (
                <tr key={item.id}>
                  <td>{item.description}</td>
                  <td>{item.ownerAgency?.name ?? t.notSet}</td>
                  <td>{item.dueOn ? format.date(item.dueOn) : t.notSet}</td>
                  <td>{item.done ? t.actionDone : t.actionOpen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
