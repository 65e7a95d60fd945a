import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';

import { type DescribedError, describeError, type FieldErrors, inputError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { ErrorSummary } from '../../forms/error-summary';
import { fieldId } from '../../forms/field-id';
import { FormField } from '../../forms/form-field';
import type { ActorLevel, ActorType, RegistrationStatus, SelectionPolicy } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { meetingMessages } from './messages';
import { MeetingQuery, RegisterForMeetingMutation } from './operations';

const ACTOR_TYPES: ActorType[] = ['CIVIL_SOCIETY_ORGANISATION', 'GOVERNMENT_AGENCY', 'MUNICIPALITY', 'REGION', 'OTHER'];
const LEVELS: ActorLevel[] = ['LOCAL', 'REGIONAL', 'NATIONAL'];

/** The API's field paths (`input.email`), so that its errors land on the right control. */
const FIELD = {
  participantName: 'input.participantName',
  email: 'input.email',
  organisation: 'input.organisation',
  actorType: 'input.actorType',
  level: 'input.level',
  area: 'input.area',
  referenceGroupInterest: 'input.referenceGroupInterest',
} as const;

interface RegistrationFormProps {
  meetingId: string;
  selectionPolicy: SelectionPolicy;
  /** When registration closes (ISO), for the balanced meetings' "selection after …". */
  deadline: string;
}

interface Confirmation {
  status: RegistrationStatus;
  email: string;
}

/** What the registration means, in the words of the meeting's policy. */
function ConfirmationMessage({ confirmation, selectionPolicy, deadline }: { confirmation: Confirmation } & Omit<RegistrationFormProps, 'meetingId'>) {
  const t = useMessages(meetingMessages);
  const format = useDateFormat();
  if (confirmation.status === 'WAITLISTED') return <p>{t.confirmedWaitlisted}</p>;
  if (selectionPolicy === 'BALANCED') return <p>{t.confirmedBalanced(format.dateTime(deadline))}</p>;
  return <p>{t.confirmedRegistered}</p>;
}

/**
 * The registration form. The outcome is written into a live region that is
 * always on the page (so that screen readers announce it) and focused, so
 * that keyboard users continue from it.
 */
export function RegistrationForm({ meetingId, selectionPolicy, deadline }: RegistrationFormProps) {
  const t = useMessages(meetingMessages);
  const enums = useMessages(enumLabels);
  const { language } = useLanguage();
  const { viewer } = useViewer();
  const [participantName, setParticipantName] = useState(viewer?.name ?? '');
  const [email, setEmail] = useState(viewer?.email ?? '');
  const [organisation, setOrganisation] = useState(viewer?.agency?.name ?? '');
  const [actorType, setActorType] = useState<ActorType | ''>('');
  const [level, setLevel] = useState<ActorLevel | ''>('');
  const [area, setArea] = useState('');
  const [referenceGroupInterest, setReferenceGroupInterest] = useState(false);
  const [error, setError] = useState<DescribedError | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  // The meeting is read again afterwards: its seats and the viewer's own registration have changed.
  const [register, { loading }] = useMutation(RegisterForMeetingMutation, { refetchQueries: [MeetingQuery] });

  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!participantName.trim()) missing[FIELD.participantName] = { text: t.participantNameMissing, lang: language };
    if (!email.trim()) missing[FIELD.email] = { text: t.emailMissing, lang: language };
    if (!organisation.trim()) missing[FIELD.organisation] = { text: t.organisationMissing, lang: language };
    if (!actorType) missing[FIELD.actorType] = { text: t.actorTypeMissing, lang: language };
    if (!level) missing[FIELD.level] = { text: t.levelMissing, lang: language };
    if (Object.keys(missing).length > 0 || !actorType || !level) {
      setError(inputError(missing, language));
      return;
    }
    try {
      const { data } = await register({
        variables: {
          meetingId,
          input: {
            participantName: participantName.trim(),
            email: email.trim(),
            organisation: organisation.trim(),
            actorType,
            level,
            area: area.trim() || null,
            referenceGroupInterest,
          },
        },
      });
      if (!data) return;
      setError(null);
      setConfirmation({ status: data.registerForMeeting.status, email: data.registerForMeeting.email });
    } catch (caught) {
      const described = describeError(caught, language);
      // "Already registered" is about the address: the summary links to the field to change.
      if (described.code === 'CONFLICT') described.fields[FIELD.email] = { text: t.alreadyRegistered, lang: language };
      setError(described);
    }
  }

  const labels: Record<string, string> = {
    [FIELD.participantName]: t.participantName,
    [FIELD.email]: t.email,
    [FIELD.organisation]: t.organisation,
    [FIELD.actorType]: t.actorType,
    [FIELD.level]: t.level,
    [FIELD.area]: t.area,
    [FIELD.referenceGroupInterest]: t.referenceGroupInterest,
  };

  return (
    <>
      <div role="status" className={confirmation ? 'notice notice--success' : undefined} tabIndex={-1} ref={confirmationRef}>
        {confirmation && (
          <>
            <h3>{t.confirmationTitle}</h3>
            <ConfirmationMessage confirmation={confirmation} selectionPolicy={selectionPolicy} deadline={deadline} />
            <p>{t.confirmationMail(confirmation.email)}</p>
          </>
        )}
      </div>
      {!confirmation && (
        <>
          <ErrorSummary error={error} labels={labels} />
          <form className="form" noValidate onSubmit={(event) => void submit(event)}>
            <FormField name={FIELD.participantName} label={t.participantName} error={error?.fields[FIELD.participantName]}>
              {(control) => <input {...control} type="text" autoComplete="name" value={participantName} onChange={(e) => setParticipantName(e.target.value)} />}
            </FormField>
            <FormField name={FIELD.email} label={t.email} hint={t.emailHint} error={error?.fields[FIELD.email]}>
              {(control) => (
                <input {...control} type="email" autoComplete="email" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} />
              )}
            </FormField>
            <FormField name={FIELD.organisation} label={t.organisation} error={error?.fields[FIELD.organisation]}>
              {(control) => (
                <input {...control} type="text" autoComplete="organization" value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
              )}
            </FormField>
            <FormField name={FIELD.actorType} label={t.actorType} error={error?.fields[FIELD.actorType]}>
              {(control) => (
                <select {...control} value={actorType} onChange={(e) => setActorType(e.target.value as ActorType | '')}>
                  <option value="">{t.choose}</option>
                  {ACTOR_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {enums.actorType(type)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField name={FIELD.level} label={t.level} error={error?.fields[FIELD.level]}>
              {(control) => (
                <select {...control} value={level} onChange={(e) => setLevel(e.target.value as ActorLevel | '')}>
                  <option value="">{t.choose}</option>
                  {LEVELS.map((value) => (
                    <option key={value} value={value}>
                      {enums.actorLevel(value)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField name={FIELD.area} label={t.area} hint={t.areaHint} required={false} error={error?.fields[FIELD.area]}>
              {(control) => <input {...control} type="text" value={area} onChange={(e) => setArea(e.target.value)} />}
            </FormField>
            <div className="field choice">
              <input
                id={fieldId(FIELD.referenceGroupInterest)}
                name={FIELD.referenceGroupInterest}
                type="checkbox"
                checked={referenceGroupInterest}
                onChange={(e) => setReferenceGroupInterest(e.target.checked)}
              />
              <label htmlFor={fieldId(FIELD.referenceGroupInterest)}>{t.referenceGroupInterest}</label>
            </div>
            <button type="submit" className="button" disabled={loading}>
              {loading ? t.submitting : t.submit}
            </button>
          </form>
        </>
      )}
    </>
  );
}
