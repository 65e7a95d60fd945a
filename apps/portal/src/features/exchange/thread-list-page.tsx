import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import type { ExperienceThreadsQuery as ThreadsResult } from '../../gql/graphql';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { exchangeMessages } from './messages';
import { ExperienceThreadsQuery, THREADS_PER_PAGE } from './operations';
import { TopicFilter, TopicLinks } from './topic-filter';

type ThreadSummary = ThreadsResult['experienceThreads']['nodes'][number];

function ThreadCard({ thread }: { thread: ThreadSummary }) {
  const t = useMessages(exchangeMessages);
  const format = useDateFormat();
  const author = thread.agency ? `${thread.author.name}, ${thread.agency.name}` : thread.author.name;
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={`/utbyte/tradar/${thread.id}`}>{thread.title}</Link>
      </h3>
      <p className="card__meta">
        {t.startedBy(author)} · {t.lastActivity(format.dateTime(thread.lastActivityAt))} · {t.replyCount(thread.replyCount)}
      </p>
      {(thread.answered || thread.hidden) && (
        <p className="badges">
          {thread.answered && <span className="badge">{t.answered}</span>}
          {thread.hidden && <span className="badge badge--warning">{t.hidden}</span>}
        </p>
      )}
      {thread.topics.length > 0 && (
        <p className="card__meta">
          {t.topicsLabel} <TopicLinks topics={thread.topics} />
        </p>
      )}
    </li>
  );
}

function ThreadList({ topic }: { topic: string | null }) {
  const t = useMessages(exchangeMessages);
  const { data, error, fetchMore } = useQuery(ExperienceThreadsQuery, {
    variables: { topic, first: THREADS_PER_PAGE },
    // Others post all the time: coming back shows the cached list at once, then the latest.
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  if (error && !data) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const { nodes, pageInfo, totalCount } = data.experienceThreads;
  if (nodes.length === 0) return <p>{t.noThreads}</p>;

  async function showMore() {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        // The cache keeps one list per topic; a further page is appended to it.
        updateQuery: (previous, { fetchMoreResult }) => ({
          experienceThreads: {
            ...fetchMoreResult.experienceThreads,
            nodes: [...(previous.experienceThreads?.nodes ?? []), ...fetchMoreResult.experienceThreads.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <p role="status">{t.threadCount(nodes.length, totalCount)}</p>
      <ul className="card-list card-list--single">
        {nodes.map((thread) => (
          <ThreadCard key={thread.id} thread={thread} />
        ))}
      </ul>
      {pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary" disabled={loadingMore} onClick={() => void showMore().catch(() => undefined)}>
          {loadingMore ? t.loadingMore : t.showMore}
        </button>
      )}
      {error && <LoadError error={error} />}
    </>
  );
}

/** /utbyte: the threads by latest activity, filtered by topic (?amne=…). */
export function ThreadListPage() {
  const t = useMessages(exchangeMessages);
  const [params] = useSearchParams();
  const topic = params.get('amne')?.trim().toLowerCase() || null;
  return (
    <Page title={t.title}>
      <p className="lead">{t.lead}</p>
      <p>
        <Link to="/utbyte/ny" className="button">
          {t.startThread}
        </Link>
      </p>
      <div className="exchange-layout">
        <TopicFilter selected={topic} />
        <section aria-labelledby="threads-title">
          <h2 id="threads-title">{topic ? t.threadsAboutTopic(topic) : t.threadsTitle}</h2>
          <ThreadList topic={topic} />
        </section>
      </div>
    </Page>
  );
}
