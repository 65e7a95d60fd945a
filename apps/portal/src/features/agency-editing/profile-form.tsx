import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type DescribedError, inputError } from '../../api/errors';
import { ErrorSummary } from '../../forms/error-summary';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import type { EditableAgency } from './agency-gate';
import { ConflictSummary } from './conflict';
import { TextField } from './fields';
import { agencyEditingMessages } from './messages';
import { UpdateAgencyProfileMutation } from './operations';
import { explainSaveError, text } from './save-error';
import { StatusMessage } from './status-message';
import { optional, useVersionedForm } from './versioned-form';

/** The profile as the form holds it, keyed by the API's field paths so that its errors find their fields. */
function profileValues(agency: Record<string, unknown>) {
  return {
    'input.description': text(agency.description),
    'input.descriptionEn': text(agency.descriptionEn),
    'input.nameEn': text(agency.nameEn),
    'input.abbreviation': text(agency.abbreviation),
    'input.ministry': text(agency.ministry),
    'input.website': text(agency.website),
  };
}

/** The agency's own details, saved against the version they were read at. */
export function ProfileForm({ agency }: { agency: EditableAgency }) {
  const t = useMessages(agencyEditingMessages);
  const { language } = useLanguage();
  const form = useVersionedForm(profileValues(agency), agency.version);
  const [error, setError] = useState<DescribedError | null>(null);
  const [notice, setNotice] = useState('');
  const [update, { loading }] = useMutation(UpdateAgencyProfileMutation);
  const { values } = form;
  const labels = {
    'input.description': t.description,
    'input.descriptionEn': t.descriptionEn,
    'input.nameEn': t.nameEn,
    'input.abbreviation': t.abbreviation,
    'input.ministry': t.ministry,
    'input.website': t.website,
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    if (!values['input.description'].trim()) {
      setError(inputError({ 'input.description': { text: t.descriptionMissing, lang: language } }, language));
      return;
    }
    try {
      const { data } = await update({
        variables: {
          slug: agency.slug,
          expectedVersion: form.version ?? agency.version,
          input: {
            description: values['input.description'].trim(),
            descriptionEn: optional(values['input.descriptionEn']),
            nameEn: optional(values['input.nameEn']),
            abbreviation: optional(values['input.abbreviation']),
            ministry: optional(values['input.ministry']),
            website: optional(values['input.website']),
          },
        },
      });
      if (!data) return;
      setError(null);
      form.saved(profileValues(data.updateAgencyProfile), data.updateAgencyProfile.version);
      setNotice(t.profileSaved);
    } catch (caught) {
      const { described, conflict } = explainSaveError(caught, language);
      if (conflict) {
        setError(null);
        form.receiveConflict(profileValues(conflict.current), conflict.currentVersion);
      } else {
        setError(described);
      }
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="profile-title">
      <ConflictSummary conflict={form.conflict} labels={labels} />
      <ErrorSummary error={error} labels={labels} />
      <TextField form={form} name="input.description" label={t.description} hint={t.descriptionHint} required multiline error={error} />
      <TextField form={form} name="input.descriptionEn" label={t.descriptionEn} multiline error={error} />
      <TextField form={form} name="input.nameEn" label={t.nameEn} error={error} />
      <TextField form={form} name="input.abbreviation" label={t.abbreviation} error={error} />
      <TextField form={form} name="input.ministry" label={t.ministry} error={error} />
      <TextField form={form} name="input.website" label={t.website} hint={t.websiteHint} type="url" autoComplete="url" error={error} />
      <button type="submit" className="button" disabled={loading}>
        {loading ? t.saving : t.saveProfile}
      </button>
      <StatusMessage text={notice} />
    </form>
  );
}
