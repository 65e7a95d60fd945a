import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type DescribedError, type FieldErrors, inputError } from '../../api/errors';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import type { EditableMeetingQuery, MeetingFormat, MeetingInput, MeetingKind, SelectionPolicy } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { type AgendaDraft, AgendaEditor } from './agenda-editor';
import { DateTimeField } from './date-time-field';
import { newKey } from './list-editing';
import { coordinationMessages } from './messages';
import { NetworksForFormQuery } from './operations';
import { EMPTY_DATE_TIME, fromIso, type LocalDateTime, toStockholmIso } from './stockholm-time';

type EditableMeeting = NonNullable<EditableMeetingQuery['meeting']>;

interface MeetingFormValues {
  networkSlug: string;
  title: string;
  description: string;
  kind: MeetingKind | '';
  format: MeetingFormat | '';
  start: LocalDateTime;
  end: LocalDateTime;
  location: string;
  onlineUrl: string;
  capacity: string;
  deadline: LocalDateTime;
  selectionPolicy: SelectionPolicy;
  agenda: AgendaDraft[];
}

const KINDS: MeetingKind[] = ['CONSULTATION', 'NETWORK_MEETING', 'WORKSHOP', 'WEBINAR'];
const FORMATS: MeetingFormat[] = ['DIGITAL', 'IN_PERSON', 'HYBRID'];
const POLICIES: SelectionPolicy[] = ['FIRST_COME', 'BALANCED'];
const WHOLE_NUMBER = /^\d+$/;

function initialValues(meeting: EditableMeeting | undefined): MeetingFormValues {
  return {
    networkSlug: meeting?.network.slug ?? '',
    title: meeting?.title ?? '',
    description: meeting?.description ?? '',
    kind: meeting?.kind ?? '',
    format: meeting?.format ?? '',
    start: fromIso(meeting?.startsAt),
    end: fromIso(meeting?.endsAt),
    location: meeting?.location ?? '',
    onlineUrl: meeting?.onlineUrl ?? '',
    capacity: meeting?.capacity?.toString() ?? '',
    deadline: meeting ? fromIso(meeting.registrationDeadline) : EMPTY_DATE_TIME,
    selectionPolicy: meeting?.selectionPolicy ?? 'FIRST_COME',
    agenda: (meeting?.agenda ?? []).map((item) => ({
      key: newKey(),
      title: item.title,
      presenter: item.presenter ?? '',
      durationMinutes: item.durationMinutes?.toString() ?? '',
    })),
  };
}

interface MeetingFormProps {
  /** The meeting to edit; a new one when left out. */
  meeting?: EditableMeeting;
  submitLabel: string;
  /** Sends the input; resolves to an error to show, or null when it was saved. */
  onSubmit(input: MeetingInput): Promise<DescribedError | null>;
}

/** Schedules or edits a meeting. Times are entered on Swedish time and sent with the offset of their own day. */
export function MeetingForm({ meeting, submitLabel, onSubmit }: MeetingFormProps) {
  const t = useMessages(coordinationMessages);
  const labels = useMessages(enumLabels);
  const { language } = useLanguage();
  const networks = useQuery(NetworksForFormQuery);
  const [values, setValues] = useState(() => initialValues(meeting));
  const [error, setError] = useState<DescribedError | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const fields = error?.fields ?? {};

  const fieldLabels: Record<string, string> = {
    'input.networkSlug': t.network,
    'input.title': t.meetingTitle,
    'input.description': t.description,
    'input.kind': t.kind,
    'input.format': t.format,
    'input.startsAt': t.startsAt,
    'input.endsAt': t.endsAt,
    'input.location': t.location,
    'input.onlineUrl': t.onlineUrl,
    'input.capacity': t.capacity,
    'input.registrationDeadline': t.registrationDeadline,
    'input.selectionPolicy': t.selectionPolicy,
  };
  values.agenda.forEach((_, index) => {
    fieldLabels[`input.agenda.${index}.title`] = `${t.agendaItem(index + 1)}: ${t.agendaItemTitle}`;
    fieldLabels[`input.agenda.${index}.presenter`] = `${t.agendaItem(index + 1)}: ${t.presenter}`;
    fieldLabels[`input.agenda.${index}.durationMinutes`] = `${t.agendaItem(index + 1)}: ${t.durationMinutes}`;
  });

  /** The input for the API, or the problems found before asking it. */
  function toInput(): { input: MeetingInput } | { problems: FieldErrors } {
    const problems: FieldErrors = {};
    const problem = (path: string, text: string) => (problems[path] = { text, lang: language });
    const requiredText: [string, string][] = [
      ['input.networkSlug', values.networkSlug],
      ['input.title', values.title.trim()],
      ['input.description', values.description.trim()],
      ['input.kind', values.kind],
      ['input.format', values.format],
    ];
    for (const [path, value] of requiredText) if (!value) problem(path, t.required(fieldLabels[path]!));
    const instant = (path: string, value: LocalDateTime, required: boolean): string | null => {
      if (!value.date && !value.time && !required) return null;
      if (!value.date || !value.time) return (problem(path, t.dateTimeMissing), null);
      return toStockholmIso(value) ?? (problem(path, t.dateTimeInvalid), null);
    };
    const startsAt = instant('input.startsAt', values.start, true);
    const endsAt = instant('input.endsAt', values.end, true);
    const registrationDeadline = instant('input.registrationDeadline', values.deadline, false);
    const capacity = values.capacity.trim();
    if (capacity && (!WHOLE_NUMBER.test(capacity) || Number(capacity) < 1)) problem('input.capacity', t.capacityInvalid);
    values.agenda.forEach((item, index) => {
      if (!item.title.trim()) problem(`input.agenda.${index}.title`, t.required(t.agendaItemTitle));
      const minutes = item.durationMinutes.trim();
      if (minutes && (!WHOLE_NUMBER.test(minutes) || Number(minutes) < 1)) problem(`input.agenda.${index}.durationMinutes`, t.durationInvalid);
    });
    if (Object.keys(problems).length > 0) return { problems };
    const input: MeetingInput = {
      networkSlug: values.networkSlug,
      title: values.title.trim(),
      description: values.description.trim(),
      kind: values.kind as MeetingKind,
      format: values.format as MeetingFormat,
      startsAt: startsAt!,
      endsAt: endsAt!,
      location: values.location.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
      capacity: capacity ? Number(capacity) : null,
      registrationDeadline,
      selectionPolicy: values.selectionPolicy,
      agenda: values.agenda.map((item) => ({
        title: item.title.trim(),
        presenter: item.presenter.trim() || null,
        durationMinutes: item.durationMinutes.trim() ? Number(item.durationMinutes) : null,
      })),
    };
    return { input };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toInput();
    if ('problems' in checked) {
      setError(inputError(checked.problems, language));
      return;
    }
    setSaving(true);
    const failure = await onSubmit(checked.input).finally(() => setSaving(false));
    setError(failure);
  }

  const select = (path: string, value: string, options: { value: string; label: string }[], onChange: (value: string) => void) => (
    <FormField name={path} label={fieldLabels[path]!} error={fields[path]}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.chooseOption}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <>
      <ErrorSummary error={error} labels={fieldLabels} />
      <form className="form form--wide" noValidate onSubmit={(event) => void submit(event)}>
        {select(
          'input.networkSlug',
          values.networkSlug,
          (networks.data?.networks ?? []).map((network) => ({ value: network.slug, label: network.name })),
          (value) => set('networkSlug', value),
        )}
        <FormField name="input.title" label={t.meetingTitle} error={fields['input.title']}>
          {(control) => <input {...control} type="text" value={values.title} onChange={(e) => set('title', e.target.value)} />}
        </FormField>
        <FormField name="input.description" label={t.description} error={fields['input.description']}>
          {(control) => <textarea {...control} value={values.description} onChange={(e) => set('description', e.target.value)} />}
        </FormField>
        {select(
          'input.kind',
          values.kind,
          KINDS.map((kind) => ({ value: kind, label: labels.meetingKind(kind) })),
          (value) => set('kind', value as MeetingKind),
        )}
        {select(
          'input.format',
          values.format,
          FORMATS.map((format) => ({ value: format, label: labels.meetingFormat(format) })),
          (value) => set('format', value as MeetingFormat),
        )}
        <DateTimeField
          name="input.startsAt"
          legend={t.startsAt}
          hint={t.dateTimeHint}
          error={fields['input.startsAt']}
          value={values.start}
          onChange={(start) => setValues((previous) => ({ ...previous, start, end: previous.end.date ? previous.end : { ...previous.end, date: start.date } }))}
        />
        <DateTimeField
          name="input.endsAt"
          legend={t.endsAt}
          hint={t.dateTimeHint}
          error={fields['input.endsAt']}
          value={values.end}
          onChange={(end) => set('end', end)}
        />
        <FormField name="input.location" label={t.location} hint={t.locationHint} required={false} error={fields['input.location']}>
          {(control) => <input {...control} type="text" value={values.location} onChange={(e) => set('location', e.target.value)} />}
        </FormField>
        <FormField name="input.onlineUrl" label={t.onlineUrl} hint={t.onlineUrlHint} required={false} error={fields['input.onlineUrl']}>
          {(control) => <input {...control} type="url" spellCheck={false} value={values.onlineUrl} onChange={(e) => set('onlineUrl', e.target.value)} />}
        </FormField>
        <FormField name="input.capacity" label={t.capacity} hint={t.capacityHint} required={false} error={fields['input.capacity']}>
          {(control) => <input {...control} type="text" inputMode="numeric" value={values.capacity} onChange={(e) => set('capacity', e.target.value)} />}
        </FormField>
        <DateTimeField
          name="input.registrationDeadline"
          legend={t.registrationDeadline}
          hint={t.registrationDeadlineHint}
          required={false}
          error={fields['input.registrationDeadline']}
          value={values.deadline}
          onChange={(deadline) => set('deadline', deadline)}
        />
        {select(
          'input.selectionPolicy',
          values.selectionPolicy,
          POLICIES.map((policy) => ({ value: policy, label: labels.selectionPolicy(policy) })),
          (value) => set('selectionPolicy', (value || 'FIRST_COME') as SelectionPolicy),
        )}
        <AgendaEditor items={values.agenda} onChange={(agenda) => set('agenda', agenda)} errors={fields} />
        <button type="submit" className="button" disabled={saving}>
          {saving ? t.saving : submitLabel}
        </button>
      </form>
    </>
  );
}
