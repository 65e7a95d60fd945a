import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { type DescribedError, describeError, type FieldErrors, inputError, type LocalizedText } from '../../api/errors';
import { Page } from '../../app/page';
import { LoadError } from '../../app/status';
import { useViewer } from '../../auth/viewer';
import { ErrorSummary } from '../../forms/error-summary';
import { fieldId } from '../../forms/field-id';
import { FieldError, FormField } from '../../forms/form-field';
import { formMessages } from '../../forms/messages';
import type { DevelopmentAreaFormOptionsQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { developmentAreaMessages } from './messages';
import { AreaFormOptionsQuery, LogDevelopmentAreaMutation } from './operations';

const MAX_TITLE = 200;

type Agencies = DevelopmentAreaFormOptionsQuery['agencies']['nodes'];
type Meetings = DevelopmentAreaFormOptionsQuery['meetings']['nodes'];

interface OwnerChoiceProps {
  agencies: Agencies;
  selected: string[];
  error?: LocalizedText;
  onChange(slugs: string[]): void;
}

/** A checkbox per agency; the fieldset takes the focus that the error summary's link gives it. */
function OwnerChoice({ agencies, selected, error, onChange }: OwnerChoiceProps) {
  const t = useMessages(developmentAreaMessages);
  const forms = useMessages(formMessages);
  const id = fieldId('input.ownerAgencySlugs');
  return (
    <fieldset className={error ? 'field field--error choice-group' : 'field choice-group'} id={id} tabIndex={-1} aria-describedby={`${id}-hint`}>
      <legend className="field__label">
        {t.ownerAgencies} <span className="field__optional">({forms.optional})</span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t.ownerAgenciesHint}
      </p>
      {error && <FieldError error={error} />}
      <div className="choice-list choice-list--columns">
        {agencies.map((agency) => (
          <label key={agency.slug} className="choice">
            <input
              type="checkbox"
              checked={selected.includes(agency.slug)}
              onChange={(event) => onChange(event.target.checked ? [...selected, agency.slug] : selected.filter((slug) => slug !== agency.slug))}
            />
            {agency.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function MeetingSelect({
  name,
  label,
  meetings,
  value,
  error,
  onChange,
}: {
  name: string;
  label: string;
  meetings: Meetings;
  value: string;
  error?: LocalizedText;
  onChange(id: string): void;
}) {
  const t = useMessages(developmentAreaMessages);
  const format = useDateFormat();
  return (
    <FormField name={name} label={label} error={error} required={false}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.noMeeting}</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {t.meetingOption(meeting.title, format.date(meeting.startsAt))}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** /utvecklingsomraden/ny: logs an area (any member); its log starts with an IDENTIFIED update. */
export function NewAreaPage() {
  const t = useMessages(developmentAreaMessages);
  const { language } = useLanguage();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const options = useQuery(AreaFormOptionsQuery);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [note, setNote] = useState('');
  // The viewer's own agency is the usual owner, so it starts chosen.
  const [owners, setOwners] = useState<string[]>(viewer?.agency ? [viewer.agency.slug] : []);
  const [identifiedAt, setIdentifiedAt] = useState('');
  const [nextReview, setNextReview] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [log, { loading }] = useMutation(LogDevelopmentAreaMutation);

  const meetings = options.data?.meetings.nodes ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!title.trim()) missing['input.title'] = { text: t.titleMissing, lang: language };
    else if (title.trim().length > MAX_TITLE) missing['input.title'] = { text: t.titleTooLong, lang: language };
    if (!description.trim()) missing['input.description'] = { text: t.descriptionMissing, lang: language };
    if (Object.keys(missing).length > 0) {
      setError(inputError(missing, language));
      return;
    }
    try {
      const { data } = await log({
        variables: {
          input: {
            title: title.trim(),
            description: description.trim(),
            note: note.trim() || null,
            // None chosen: left out, so that the API makes the viewer's agency the owner.
            ownerAgencySlugs: owners.length > 0 ? owners : null,
            identifiedAtMeetingId: identifiedAt || null,
            nextReviewMeetingId: nextReview || null,
          },
        },
      });
      if (data) navigate(`/utvecklingsomraden/${data.logDevelopmentArea.id}`);
    } catch (caught) {
      setError(describeError(caught, language));
    }
  }

  return (
    <Page title={t.newTitle}>
      <p>{t.newLead}</p>
      <ErrorSummary
        error={error}
        labels={{
          'input.title': t.areaTitle,
          'input.description': t.areaDescription,
          'input.note': t.firstNote,
          'input.ownerAgencySlugs': t.ownerAgencies,
          'input.identifiedAtMeetingId': t.identifiedAtMeeting,
          'input.nextReviewMeetingId': t.nextReviewMeeting,
        }}
      />
      {options.error && <LoadError error={options.error} />}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField name="input.title" label={t.areaTitle} hint={t.areaTitleHint} error={error?.fields['input.title']}>
          {(control) => <input {...control} type="text" maxLength={MAX_TITLE} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
        <FormField name="input.description" label={t.areaDescription} error={error?.fields['input.description']}>
          {(control) => <textarea {...control} rows={6} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </FormField>
        <FormField name="input.note" label={t.firstNote} hint={t.firstNoteHint} error={error?.fields['input.note']} required={false}>
          {(control) => <textarea {...control} rows={3} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
        {options.data && (
          <OwnerChoice agencies={options.data.agencies.nodes} selected={owners} error={error?.fields['input.ownerAgencySlugs']} onChange={setOwners} />
        )}
        <MeetingSelect
          name="input.identifiedAtMeetingId"
          label={t.identifiedAtMeeting}
          meetings={meetings}
          value={identifiedAt}
          error={error?.fields['input.identifiedAtMeetingId']}
          onChange={setIdentifiedAt}
        />
        <MeetingSelect
          name="input.nextReviewMeetingId"
          label={t.nextReviewMeeting}
          meetings={meetings.filter((meeting) => meeting.status !== 'CANCELLED')}
          value={nextReview}
          error={error?.fields['input.nextReviewMeetingId']}
          onChange={setNextReview}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t.submitting : t.submit}
          </button>
          <Link to="/utvecklingsomraden">{t.cancel}</Link>
        </div>
      </form>
    </Page>
  );
}
