import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import type { MeetingSummaryFragment } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { MeetingFacts } from './meeting-facts';
import { meetingMessages } from './messages';
import { groupByMonth } from './month';
import { MeetingsQuery } from './operations';

import './meetings.css';

const PAGE_SIZE = 20;
const DAY = 86_400_000;
const PAST_PARAMETER = 'visa';
const PAST_VALUE = 'tidigare';

/**
 * The period the list covers, fixed when the page opens (a moving "now"
 * would change the query's variables on every render). Upcoming starts at
 * midnight, so that a meeting going on today is still listed; the past is the
 * last year, oldest first like the rest of the calendar.
 */
function period(past: boolean): { from: string; to?: string } {
  const now = new Date();
  if (past) return { from: new Date(now.getTime() - 365 * DAY).toISOString(), to: now.toISOString() };
  now.setHours(0, 0, 0, 0);
  return { from: now.toISOString() };
}

function MeetingCard({ meeting }: { meeting: MeetingSummaryFragment }) {
  const labels = useMessages(enumLabels);
  return (
    <li className="card meeting-card">
      <p className="meeting-card__kind">
        {labels.meetingKind(meeting.kind)} · {meeting.network.name}
      </p>
      <h4 className="card__title">
        <Link to={`/moten/${meeting.id}`}>{meeting.title}</Link>
      </h4>
      <MeetingFacts meeting={meeting} />
    </li>
  );
}

function MeetingList({ past }: { past: boolean }) {
  const t = useMessages(meetingMessages);
  const { language } = useLanguage();
  const [variables] = useState(() => ({ first: PAGE_SIZE, ...period(past) }));
  const { data, loading, error, fetchMore } = useQuery(MeetingsQuery, { variables, notifyOnNetworkStatusChange: true });
  const [loadingMore, setLoadingMore] = useState(false);

  if (!data && loading) return <Loading />;
  if (error) return <LoadError error={error} />;
  const connection = data?.meetings;
  if (!connection || connection.nodes.length === 0) return <p>{past ? t.noPast : t.noUpcoming}</p>;

  async function loadMore(after: string) {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          meetings: { ...fetchMoreResult.meetings, nodes: [...(previous.meetings?.nodes ?? []), ...fetchMoreResult.meetings.nodes] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <>
      {groupByMonth(connection.nodes, language).map((group) => (
        <section key={group.month} aria-labelledby={`month-${group.items[0]!.id}`}>
          <h3 id={`month-${group.items[0]!.id}`}>{group.month}</h3>
          <ul className="card-list meeting-list">
            {group.items.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </section>
      ))}
      <p role="status">{t.shownOf(connection.nodes.length, connection.totalCount)}</p>
      {hasNextPage && endCursor && (
        <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore(endCursor)}>
          {loadingMore ? t.loadingMore : t.loadMore}
        </button>
      )}
    </>
  );
}

/** /moten: the calendar of published meetings by month, upcoming first; `?visa=tidigare` shows the past year's. */
export function MeetingsPage() {
  const t = useMessages(meetingMessages);
  const [params] = useSearchParams();
  const past = params.get(PAST_PARAMETER) === PAST_VALUE;
  const feed = new URL('/calendar.ics', window.location.origin).href;
  return (
    <Page title={t.calendarTitle}>
      <p className="lead">{t.calendarLead}</p>
      <div className="calendar-tools">
        <p>
          <a href="/calendar.ics">{t.subscribe}</a>
          <br />
          <span className="calendar-tools__hint">
            {t.subscribeHint} <code>{feed}</code>
          </span>
        </p>
        <p>
          <Link to={past ? '/moten' : `/moten?${PAST_PARAMETER}=${PAST_VALUE}`}>{past ? t.showUpcoming : t.showPast}</Link>
        </p>
      </div>
      <h2>{past ? t.pastTitle : t.upcomingTitle}</h2>
      {/* Keyed by the period: the other list starts over with its own variables. */}
      <MeetingList key={String(past)} past={past} />
    </Page>
  );
}
