import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';

import { LoadError } from '../../app/status';
import { useMessages } from '../../i18n/messages';
import { exchangeMessages } from './messages';
import { ExchangeTopicsQuery, FollowTopicMutation, UnfollowTopicMutation } from './operations';

/** The address of the list filtered by `topic` (all threads for none). */
export function topicPath(topic?: string | null): string {
  return topic ? `/utbyte?${new URLSearchParams({ amne: topic }).toString()}` : '/utbyte';
}

/** A thread's topics, comma-separated, each a link to the threads on it. */
export function TopicLinks({ topics }: { topics: readonly string[] }) {
  return topics.map((topic, index) => (
    <span key={topic}>
      {index > 0 && ', '}
      <Link to={topicPath(topic)}>{topic}</Link>
    </span>
  ));
}

/** Follow or stop following the chosen topic; the sentence beside the button says which holds now, in words. */
function FollowTopic({ topic, followed }: { topic: string; followed: boolean }) {
  const t = useMessages(exchangeMessages);
  const options = { variables: { topic }, refetchQueries: [ExchangeTopicsQuery], awaitRefetchQueries: true };
  const [follow, following] = useMutation(FollowTopicMutation, options);
  const [unfollow, unfollowing] = useMutation(UnfollowTopicMutation, options);
  const busy = following.loading || unfollowing.loading;
  const error = following.error ?? unfollowing.error;
  return (
    <div className="follow">
      <p role="status">{followed ? t.followingTopic(topic) : ''}</p>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void (followed ? unfollow() : follow()).catch(() => undefined)}>
        {followed ? t.unfollowTopic(topic) : t.followTopic(topic)}
      </button>
      {error && <LoadError error={error} />}
    </div>
  );
}

/** The topics in use, most used first, as links that filter the list; the chosen one is marked as the current page. */
export function TopicFilter({ selected }: { selected: string | null }) {
  const t = useMessages(exchangeMessages);
  const { data, error } = useQuery(ExchangeTopicsQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <LoadError error={error} />;
  if (!data) return null;
  return (
    <nav className="topic-filter" aria-labelledby="topics-title">
      <h2 id="topics-title">{t.topicsTitle}</h2>
      {data.experienceTopics.length === 0 ? (
        <p>{t.noTopics}</p>
      ) : (
        <ul className="chips">
          <li>
            <Link to={topicPath()} className="chip" aria-current={selected ? undefined : 'page'}>
              {t.allTopics}
            </Link>
          </li>
          {data.experienceTopics.map(({ topic, threadCount }) => (
            <li key={topic}>
              <Link to={topicPath(topic)} className="chip" aria-current={topic === selected ? 'page' : undefined}>
                {t.topicWithCount(topic, threadCount)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {selected && <FollowTopic topic={selected} followed={data.myExchangeFollows.topics.includes(selected)} />}
    </nav>
  );
}
