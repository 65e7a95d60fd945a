import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type DescribedError, describeError, type FieldErrors, inputError } from '../../api/errors';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import type { MeetingMinutesQuery, MinutesInput } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { Markdown } from '../../markdown/markdown';
import { newKey } from './list-editing';
import { coordinationMessages } from './messages';
import { AgencyOptionsQuery, MeetingMinutesQuery as MinutesQuery, RecordMinutesMutation } from './operations';

type Minutes = NonNullable<NonNullable<MeetingMinutesQuery['meeting']>['minutes']>;

interface DecisionDraft {
  key: string;
  text: string;
}

interface ActionItemDraft {
  key: string;
  /** The saved item this revises, so that it keeps its id (and any development area made from it). */
  id: string | null;
  description: string;
  ownerAgencySlug: string;
  dueOn: string;
  done: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function decisionDrafts(minutes: Minutes | null | undefined): DecisionDraft[] {
  return (minutes?.decisions ?? []).map((text) => ({ key: newKey(), text }));
}

function actionItemDrafts(minutes: Minutes | null | undefined): ActionItemDraft[] {
  return (minutes?.actionItems ?? []).map((item) => ({
    key: newKey(),
    id: item.id,
    description: item.description,
    ownerAgencySlug: item.ownerAgency?.slug ?? '',
    dueOn: item.dueOn ?? '',
    done: item.done,
  }));
}

function newActionItem(): ActionItemDraft {
  return { key: newKey(), id: null, description: '', ownerAgencySlug: '', dueOn: '', done: false };
}

/** The minutes of one meeting: Markdown notes with a live preview, decisions and action items, and whether members may read them. */
export function MinutesForm({ meetingId, minutes }: { meetingId: string; minutes: Minutes | null | undefined }) {
  const t = useMessages(coordinationMessages);
  const format = useDateFormat();
  const { language } = useLanguage();
  const agencies = useQuery(AgencyOptionsQuery);
  const [body, setBody] = useState(minutes?.body ?? '');
  const [decisions, setDecisions] = useState(() => decisionDrafts(minutes));
  const [actionItems, setActionItems] = useState(() => actionItemDrafts(minutes));
  const [published, setPublished] = useState(minutes?.published ?? false);
  const [error, setError] = useState<DescribedError | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordMinutesMutation, { refetchQueries: [MinutesQuery] });
  const fields = error?.fields ?? {};

  const labels: Record<string, string> = { 'input.body': t.body };
  decisions.forEach((_, index) => (labels[`input.decisions.${index}`] = t.decision(index + 1)));
  actionItems.forEach((_, index) => {
    labels[`input.actionItems.${index}.description`] = `${t.actionItem(index + 1)}: ${t.actionDescription}`;
    labels[`input.actionItems.${index}.ownerAgencySlug`] = `${t.actionItem(index + 1)}: ${t.ownerAgency}`;
    labels[`input.actionItems.${index}.dueOn`] = `${t.actionItem(index + 1)}: ${t.dueOn}`;
  });

  const updateItem = (index: number, change: Partial<ActionItemDraft>) =>
    setActionItems((items) => items.map((item, position) => (position === index ? { ...item, ...change } : item)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!body.trim()) problems['input.body'] = { text: t.required(t.body), lang: language };
    decisions.forEach((decision, index) => {
      if (!decision.text.trim()) problems[`input.decisions.${index}`] = { text: t.required(t.decision(index + 1)), lang: language };
    });
    actionItems.forEach((item, index) => {
      if (!item.description.trim()) problems[`input.actionItems.${index}.description`] = { text: t.required(t.actionDescription), lang: language };
      if (item.dueOn && !DAY.test(item.dueOn)) problems[`input.actionItems.${index}.dueOn`] = { text: t.dueOnInvalid, lang: language };
    });
    if (Object.keys(problems).length > 0) {
      setError(inputError(problems, language));
      return;
    }
    const input: MinutesInput = {
      body,
      decisions: decisions.map((decision) => decision.text.trim()),
      actionItems: actionItems.map((item) => ({
        id: item.id,
        description: item.description.trim(),
        ownerAgencySlug: item.ownerAgencySlug || null,
        dueOn: item.dueOn || null,
        done: item.done,
      })),
      published,
    };
    try {
      const { data } = await record({ variables: { meetingId, input } });
      setError(null);
      if (!data) return;
      // New items now have ids: the next save revises them instead of adding them again.
      setActionItems(actionItemDrafts(data.recordMinutes));
      setSavedAt(data.recordMinutes.updatedAt);
    } catch (caught) {
      setError(describeError(caught, language));
    }
  }

  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <p role="status" className={savedAt ? 'notice' : undefined}>
        {savedAt && t.minutesSaved(format.dateTime(savedAt))}
      </p>
      {!savedAt && minutes && <p>{t.lastSaved(format.dateTime(minutes.updatedAt))}</p>}
      <form className="form form--wide" noValidate onSubmit={(event) => void submit(event)}>
        <FormField name="input.body" label={t.body} hint={t.bodyHint} error={fields['input.body']}>
          {(control) => <textarea {...control} rows={12} value={body} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t.preview}</h2>
          <div className="markdown-preview">{body.trim() ? <Markdown source={body} headings={3} /> : <p>{t.previewEmpty}</p>}</div>
        </section>

        <h2>{t.decisions}</h2>
        {decisions.length === 0 && <p>{t.decisionsEmpty}</p>}
        <ol className="repeat-list">
          {decisions.map((decision, index) => (
            <li key={decision.key}>
              <FormField name={`input.decisions.${index}`} label={t.decision(index + 1)} error={fields[`input.decisions.${index}`]}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={2}
                    value={decision.text}
                    onChange={(e) => setDecisions((all) => all.map((other) => (other.key === decision.key ? { ...other, text: e.target.value } : other)))}
                  />
                )}
              </FormField>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setDecisions((all) => all.filter((other) => other.key !== decision.key))}
                >
                  {t.removeDecision(index + 1)}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setDecisions((all) => [...all, { key: newKey(), text: '' }])}>
            {t.addDecision}
          </button>
        </div>

        <h2>{t.actionItems}</h2>
        {actionItems.length === 0 && <p>{t.actionItemsEmpty}</p>}
        <ol className="repeat-list">
          {actionItems.map((item, index) => {
            const path = `input.actionItems.${index}`;
            return (
              <li key={item.key}>
                <fieldset className="fieldset">
                  <legend>{t.actionItem(index + 1)}</legend>
                  <FormField name={`${path}.description`} label={t.actionDescription} error={fields[`${path}.description`]}>
                    {(control) => (
                      <textarea {...control} rows={2} value={item.description} onChange={(e) => updateItem(index, { description: e.target.value })} />
                    )}
                  </FormField>
                  <FormField name={`${path}.ownerAgencySlug`} label={t.ownerAgency} required={false} error={fields[`${path}.ownerAgencySlug`]}>
                    {(control) => (
                      <select {...control} value={item.ownerAgencySlug} onChange={(e) => updateItem(index, { ownerAgencySlug: e.target.value })}>
                        <option value="">{t.noOwner}</option>
                        {agencies.data?.agencies.nodes.map((agency) => (
                          <option key={agency.slug} value={agency.slug}>
                            {agency.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                  <FormField name={`${path}.dueOn`} label={t.dueOn} required={false} error={fields[`${path}.dueOn`]}>
                    {(control) => <input {...control} type="date" value={item.dueOn} onChange={(e) => updateItem(index, { dueOn: e.target.value })} />}
                  </FormField>
                  <div className="field choice">
                    <input id={`action-${item.key}-done`} type="checkbox" checked={item.done} onChange={(e) => updateItem(index, { done: e.target.checked })} />
                    <label htmlFor={`action-${item.key}-done`}>{t.done}</label>
                  </div>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setActionItems((items) => items.filter((other) => other.key !== item.key))}
                  >
                    {t.removeActionItem(index + 1)}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setActionItems((items) => [...items, newActionItem()])}>
            {t.addActionItem}
          </button>
        </div>

        <div className="field choice">
          <input
            id="minutes-published"
            type="checkbox"
            checked={published}
            aria-describedby="minutes-published-hint"
            onChange={(e) => setPublished(e.target.checked)}
          />
          <div>
            <label htmlFor="minutes-published">{t.publishedMinutes}</label>
            <p className="field__hint" id="minutes-published-hint">
              {t.publishedMinutesHint}
            </p>
          </div>
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.saving : t.saveMinutes}
        </button>
      </form>
    </>
  );
}
