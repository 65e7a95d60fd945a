import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type DescribedError, describeError, inputError } from '../../api/errors';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import type { DevelopmentAreaStatus } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { developmentAreaMessages } from './messages';
import { DevelopmentAreaQuery, UpdateDevelopmentAreaMutation } from './operations';
import { nextStatuses } from './status';

interface UpdateFormProps {
  areaId: string;
  status: DevelopmentAreaStatus;
  viewerCanUpdate: boolean;
}

/** Appends an update to the log: for those who may; others are told who can, and a closed area says it is closed. */
export function UpdateForm({ areaId, status, viewerCanUpdate }: UpdateFormProps) {
  const t = useMessages(developmentAreaMessages);
  const labels = useMessages(enumLabels);
  const { language } = useLanguage();
  const options = nextStatuses(status);
  const [next, setNext] = useState<DevelopmentAreaStatus>(status);
  const [note, setNote] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateDevelopmentAreaMutation, {
    refetchQueries: [DevelopmentAreaQuery],
    awaitRefetchQueries: true,
  });

  let content;
  if (options.length === 0) {
    content = <p>{t.closed}</p>;
  } else if (!viewerCanUpdate) {
    content = <p className="notice">{t.notAllowed}</p>;
  } else {
    const submit = async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setSaved(false);
      if (!note.trim()) {
        setError(inputError({ note: { text: t.noteMissing, lang: language } }, language));
        return;
      }
      try {
        const { data } = await update({ variables: { id: areaId, status: next, note: note.trim() } });
        setError(null);
        setNote('');
        if (data) setNext(data.updateDevelopmentArea.status);
        setSaved(true);
      } catch (caught) {
        // FORBIDDEN (the rights changed meanwhile) comes back in the API's polite words, like any other refusal.
        setError(describeError(caught, language));
      }
    };
    content = (
      <>
        <ErrorSummary error={error} labels={{ status: t.newStatus, note: t.note }} />
        <p role="status">{saved ? t.updateSaved : ''}</p>
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <FormField name="status" label={t.newStatus} error={error?.fields.status}>
            {(control) => (
              <select {...control} value={next} onChange={(e) => setNext(e.target.value as DevelopmentAreaStatus)}>
                {options.map((option) => (
                  <option key={option} value={option}>
                    {option === status ? t.sameStatus(labels.developmentAreaStatus(option)) : labels.developmentAreaStatus(option)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="note" label={t.note} hint={t.noteHint} error={error?.fields.note}>
            {(control) => <textarea {...control} rows={5} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          <button type="submit" className="button" disabled={loading}>
            {loading ? t.saving : t.saveUpdate}
          </button>
        </form>
      </>
    );
  }
  return (
    <section aria-labelledby="update-title">
      <h2 id="update-title">{t.updateTitle}</h2>
      {content}
    </section>
  );
}
