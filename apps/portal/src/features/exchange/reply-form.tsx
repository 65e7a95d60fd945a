import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type DescribedError, describeError, inputError } from '../../api/errors';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { exchangeMessages } from './messages';
import { ExperienceThreadQuery, ReplyToThreadMutation } from './operations';

/** Replies to a thread; the thread is fetched again so the reply shows in its place. */
export function ReplyForm({ threadId }: { threadId: string }) {
  const t = useMessages(exchangeMessages);
  const { language } = useLanguage();
  const [body, setBody] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [posted, setPosted] = useState(false);
  const [reply, { loading }] = useMutation(ReplyToThreadMutation, { refetchQueries: [ExperienceThreadQuery], awaitRefetchQueries: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPosted(false);
    if (!body.trim()) {
      setError(inputError({ body: { text: t.replyMissing, lang: language } }, language));
      return;
    }
    try {
      await reply({ variables: { threadId, body } });
      setError(null);
      setBody('');
      setPosted(true);
    } catch (caught) {
      setError(describeError(caught, language));
    }
  }

  return (
    <section aria-labelledby="reply-form-title">
      <h2 id="reply-form-title">{t.replyFormTitle}</h2>
      <ErrorSummary error={error} labels={{ body: t.replyLabel }} />
      <p role="status">{posted ? t.replyPosted : ''}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField name="body" label={t.replyLabel} hint={t.markdownHint} error={error?.fields.body}>
          {(control) => <textarea {...control} rows={6} value={body} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.sendingReply : t.sendReply}
        </button>
      </form>
    </section>
  );
}
