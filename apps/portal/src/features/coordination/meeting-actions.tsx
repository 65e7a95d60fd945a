import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type DescribedError, describeError } from '../../api/errors';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import type { MeetingStatus } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { coordinationMessages } from './messages';
import { CancelMeetingMutation, EditableMeetingQuery, PublishMeetingMutation } from './operations';

interface MeetingActionsProps {
  meeting: { id: string; status: MeetingStatus };
}

/** Publishing a draft, or cancelling a published meeting with a reason for those registered. */
export function MeetingActions({ meeting }: MeetingActionsProps) {
  const t = useMessages(coordinationMessages);
  const { language } = useLanguage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [done, setDone] = useState('');
  const options = { refetchQueries: [EditableMeetingQuery] };
  const [publish, publishing] = useMutation(PublishMeetingMutation, options);
  const [cancel, cancelling] = useMutation(CancelMeetingMutation, options);

  async function run(action: () => Promise<unknown>, success: string) {
    setError(null);
    try {
      await action();
      setDone(success);
    } catch (caught) {
      setError(describeError(caught, language));
    }
  }

  function submitCancel(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(() => cancel({ variables: { id: meeting.id, reason: reason.trim() || null } }), t.cancelled);
  }

  return (
    <>
      <ErrorSummary error={error} labels={{ reason: t.cancelReason }} />
      <p role="status" className={done ? 'notice' : undefined}>
        {done}
      </p>
      {meeting.status === 'DRAFT' && (
        <section className="panel" aria-labelledby="publish-title">
          <h2 id="publish-title">{t.publishTitle}</h2>
          <p>{t.publishText}</p>
          <button
            type="button"
            className="button"
            disabled={publishing.loading}
            onClick={() => void run(() => publish({ variables: { id: meeting.id } }), t.published)}
          >
            {t.publish}
          </button>
        </section>
      )}
      {meeting.status === 'PUBLISHED' && (
        <section className="panel" aria-labelledby="cancel-title">
          <h2 id="cancel-title">{t.cancelTitle}</h2>
          <p>{t.cancelText}</p>
          <form noValidate onSubmit={submitCancel}>
            <FormField name="reason" label={t.cancelReason} required={false} error={error?.fields.reason}>
              {(control) => <textarea {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </FormField>
            <button type="submit" className="button" disabled={cancelling.loading}>
              {t.cancel}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
