import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { type DescribedError, describeError, type FieldErrors, inputError, type LocalizedText } from '../../api/errors';
import { Page } from '../../app/page';
import { useViewer } from '../../auth/viewer';
import { ErrorSummary } from '../../forms/error-summary';
import { fieldId } from '../../forms/field-id';
import { FieldError, FormField } from '../../forms/form-field';
import { formMessages } from '../../forms/messages';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { exchangeMessages } from './messages';
import { AgencyWorkQuery, StartThreadMutation } from './operations';

const MAX_TITLE = 200;
const MAX_TOPICS = 10;

/** "Bidrag, lokaler ," → ["bidrag", "lokaler"], as the API stores them. */
function parseTopics(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((topic) => topic.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** Checkboxes for the viewer's agency's work; nothing when the viewer has no agency or it has no work. */
function WorkChoice({ selected, error, onChange }: { selected: string[]; error?: LocalizedText; onChange(ids: string[]): void }) {
  const t = useMessages(exchangeMessages);
  const forms = useMessages(formMessages);
  const { language } = useLanguage();
  const { viewer } = useViewer();
  const slug = viewer?.agency?.slug;
  const { data } = useQuery(AgencyWorkQuery, { variables: { slug: slug ?? '' }, skip: !slug });
  const work = data?.agency?.civilSocietyWork ?? [];
  if (work.length === 0) return null;
  return (
    // The fieldset takes the focus that the error summary's link gives the field.
    <fieldset className={error ? 'field field--error choice-group' : 'field choice-group'} id={fieldId('input.relatedWorkIds')} tabIndex={-1}>
      <legend className="field__label">
        {t.threadWork} <span className="field__optional">({forms.optional})</span>
      </legend>
      {error && <FieldError error={error} />}
      {work.map((item) => (
        <label key={item.id} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(item.id)}
            onChange={(event) => onChange(event.target.checked ? [...selected, item.id] : selected.filter((id) => id !== item.id))}
          />
          {(language === 'en' && item.titleEn) || item.title}
        </label>
      ))}
    </fieldset>
  );
}

/** /utbyte/ny: starts a thread, then shows it. */
export function NewThreadPage() {
  const t = useMessages(exchangeMessages);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [topics, setTopics] = useState('');
  const [workIds, setWorkIds] = useState<string[]>([]);
  const [error, setError] = useState<DescribedError | null>(null);
  const [start, { loading }] = useMutation(StartThreadMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const topicList = parseTopics(topics);
    const missing: FieldErrors = {};
    if (!title.trim()) missing['input.title'] = { text: t.titleMissing, lang: language };
    else if (title.trim().length > MAX_TITLE) missing['input.title'] = { text: t.titleTooLong, lang: language };
    if (!body.trim()) missing['input.body'] = { text: t.bodyMissing, lang: language };
    if (topicList.length > MAX_TOPICS) missing['input.topics'] = { text: t.tooManyTopics, lang: language };
    if (Object.keys(missing).length > 0) {
      setError(inputError(missing, language));
      return;
    }
    try {
      const { data } = await start({ variables: { input: { title: title.trim(), body, topics: topicList, relatedWorkIds: workIds } } });
      if (data) navigate(`/utbyte/tradar/${data.startExperienceThread.id}`);
    } catch (caught) {
      setError(describeError(caught, language));
    }
  }

  return (
    <Page title={t.newThreadTitle}>
      <p>{t.newThreadLead}</p>
      <ErrorSummary
        error={error}
        labels={{ 'input.title': t.threadTitle, 'input.body': t.threadBody, 'input.topics': t.threadTopics, 'input.relatedWorkIds': t.threadWork }}
      />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField name="input.title" label={t.threadTitle} hint={t.threadTitleHint} error={error?.fields['input.title']}>
          {(control) => <input {...control} type="text" maxLength={MAX_TITLE} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
        <FormField name="input.body" label={t.threadBody} hint={t.markdownHint} error={error?.fields['input.body']}>
          {(control) => <textarea {...control} rows={10} value={body} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <FormField name="input.topics" label={t.threadTopics} hint={t.threadTopicsHint} error={error?.fields['input.topics']} required={false}>
          {(control) => <input {...control} type="text" autoComplete="off" value={topics} onChange={(e) => setTopics(e.target.value)} />}
        </FormField>
        <WorkChoice selected={workIds} error={error?.fields['input.relatedWorkIds']} onChange={setWorkIds} />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t.publishing : t.publish}
          </button>
          <Link to="/utbyte">{t.cancel}</Link>
        </div>
      </form>
    </Page>
  );
}
