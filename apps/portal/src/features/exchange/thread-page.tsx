import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';

import { LoadedPage } from '../../app/loaded-page';
import { Page } from '../../app/page';
import { LoadError } from '../../app/status';
import { useViewer } from '../../auth/viewer';
import type { ExperienceThreadQuery as ThreadResult } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { Markdown } from '../../markdown/markdown';
import { exchangeMessages } from './messages';
import { ExperienceThreadQuery, FollowThreadMutation, MarkThreadAnsweredMutation, UnfollowThreadMutation, UnmarkThreadAnsweredMutation } from './operations';
import { ReplyForm } from './reply-form';
import { TopicLinks } from './topic-filter';

type Thread = NonNullable<ThreadResult['experienceThread']>;
type Reply = Thread['replies'][number];

/** Follow or stop following; the sentence before the button says which holds now, in words. */
function FollowThread({ thread }: { thread: Thread }) {
  const t = useMessages(exchangeMessages);
  const options = { variables: { threadId: thread.id }, refetchQueries: [ExperienceThreadQuery], awaitRefetchQueries: true };
  const [follow, following] = useMutation(FollowThreadMutation, options);
  const [unfollow, unfollowing] = useMutation(UnfollowThreadMutation, options);
  const error = following.error ?? unfollowing.error;
  return (
    <div className="follow">
      <p role="status">{thread.followedByMe ? t.following : t.notFollowing}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={following.loading || unfollowing.loading}
        onClick={() => void (thread.followedByMe ? unfollow() : follow()).catch(() => undefined)}
      >
        {thread.followedByMe ? t.unfollow : t.follow}
      </button>
      {error && <LoadError error={error} />}
    </div>
  );
}

/** The thread's author marks the reply that helped (or takes the mark away). */
function AnswerButton({ thread, reply }: { thread: Thread; reply: Reply }) {
  const t = useMessages(exchangeMessages);
  const [mark, marking] = useMutation(MarkThreadAnsweredMutation, { variables: { threadId: thread.id, replyId: reply.id } });
  const [unmark, unmarking] = useMutation(UnmarkThreadAnsweredMutation, { variables: { threadId: thread.id } });
  const isAnswer = thread.answer?.id === reply.id;
  const error = marking.error ?? unmarking.error;
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={marking.loading || unmarking.loading}
        onClick={() => void (isAnswer ? unmark() : mark()).catch(() => undefined)}
      >
        {isAnswer ? t.unmarkAnswered : t.markAnswered}
      </button>
      {error && <LoadError error={error} />}
    </>
  );
}

function ReplyItem({ thread, reply, viewerIsAuthor }: { thread: Thread; reply: Reply; viewerIsAuthor: boolean }) {
  const t = useMessages(exchangeMessages);
  const format = useDateFormat();
  const headingId = `reply-${reply.id}`;
  return (
    <li>
      <article className={thread.answer?.id === reply.id ? 'post post--answer' : 'post'} aria-labelledby={headingId}>
        <h3 id={headingId} className="post__title">
          {t.replyBy(reply.author.name)}
        </h3>
        <p className="card__meta">
          <time dateTime={reply.createdAt}>{format.dateTime(reply.createdAt)}</time>
          {reply.editedAt && ` · ${t.edited(format.dateTime(reply.editedAt))}`}
        </p>
        {thread.answer?.id === reply.id && (
          <p className="badges">
            <span className="badge">{t.helpedBadge}</span>
          </p>
        )}
        {reply.hidden && <p className="notice">{t.replyHidden}</p>}
        <div className="markdown">
          <Markdown source={reply.body} headings="bold" memberContent />
        </div>
        {viewerIsAuthor && !reply.hidden && <AnswerButton thread={thread} reply={reply} />}
      </article>
    </li>
  );
}

function RelatedWork({ thread }: { thread: Thread }) {
  const t = useMessages(exchangeMessages);
  const { language } = useLanguage();
  if (thread.relatedWork.length === 0) return null;
  return (
    <>
      <h2>{t.relatedWork}</h2>
      <ul>
        {thread.relatedWork.map((work) => (
          <li key={work.id}>
            <Link to={`/aktorer/${work.agency.slug}`}>{(language === 'en' && work.titleEn) || work.title}</Link> ({work.agency.name})
          </li>
        ))}
      </ul>
    </>
  );
}

function ThreadView({ thread }: { thread: Thread }) {
  const t = useMessages(exchangeMessages);
  const format = useDateFormat();
  const { viewer } = useViewer();
  const viewerIsAuthor = viewer?.id === thread.author.id;
  const author = thread.agency ? `${thread.author.name}, ${thread.agency.name}` : thread.author.name;
  return (
    <Page title={thread.title}>
      <p>
        <Link to="/utbyte">{t.backToList}</Link>
      </p>
      <p className="card__meta">
        {t.started(author, format.dateTime(thread.createdAt))}
        {thread.editedAt && ` · ${t.edited(format.dateTime(thread.editedAt))}`}
      </p>
      {thread.hidden && <p className="notice">{t.hiddenNotice(thread.hiddenReason ?? '')}</p>}
      {(thread.answered || thread.topics.length > 0) && (
        <p className="card__meta">
          {thread.answered && <span className="badge">{t.answered}</span>} {thread.topics.length > 0 && t.topicsLabel} <TopicLinks topics={thread.topics} />
        </p>
      )}
      <div className="markdown">
        <Markdown source={thread.body} headings="bold" memberContent />
      </div>
      <FollowThread thread={thread} />
      <RelatedWork thread={thread} />
      <section aria-labelledby="replies-title">
        <h2 id="replies-title">{t.repliesTitle(thread.replies.length)}</h2>
        {thread.replies.length === 0 ? (
          <p>{t.noReplies}</p>
        ) : (
          <ol className="post-list">
            {thread.replies.map((reply) => (
              <ReplyItem key={reply.id} thread={thread} reply={reply} viewerIsAuthor={viewerIsAuthor} />
            ))}
          </ol>
        )}
      </section>
      <ReplyForm threadId={thread.id} />
    </Page>
  );
}

/** /utbyte/tradar/:id: a thread, its replies, and the reply form. */
export function ThreadPage() {
  const t = useMessages(exchangeMessages);
  const { id = '' } = useParams();
  const { data, error } = useQuery(ExperienceThreadQuery, { variables: { id } });
  return (
    <LoadedPage
      data={data}
      item={data?.experienceThread}
      error={error}
      title={t.title}
      notFound={{ title: t.threadNotFoundTitle, text: t.threadNotFoundText, back: { to: '/utbyte', label: t.backToList } }}
    >
      {(thread) => <ThreadView thread={thread} />}
    </LoadedPage>
  );
}
