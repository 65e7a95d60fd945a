import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { type DescribedError, inputError } from '../../api/errors';
import { Page } from '../../app/page';
import { ErrorSummary } from '../../forms/error-summary';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { AgencyGate, type EditableAgency } from './agency-gate';
import { ConflictSummary } from './conflict';
import { TextField } from './fields';
import { agencyEditingMessages } from './messages';
import { AddContactMutation, UpdateContactMutation } from './operations';
import { explainSaveError, lines, text } from './save-error';
import { linesToList, optional, useVersionedForm } from './versioned-form';

type Contact = EditableAgency['contacts'][number];

/** A contact person as the form holds it, keyed by the API's field paths. */
function contactValues(contact: Record<string, unknown> | undefined) {
  return {
    'input.name': text(contact?.name),
    'input.title': text(contact?.title),
    'input.email': text(contact?.email),
    'input.phone': text(contact?.phone),
    'input.responsibilities': lines(contact?.responsibilities),
  };
}

function ContactForm({ agency, contact }: { agency: EditableAgency; contact: Contact | undefined }) {
  const t = useMessages(agencyEditingMessages);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const form = useVersionedForm(contactValues(contact), contact?.version ?? null);
  const [error, setError] = useState<DescribedError | null>(null);
  // A new contact must show up in the agency's list at once.
  const [add, adding] = useMutation(AddContactMutation, { refetchQueries: ['EditableAgency'], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateContactMutation);
  const { values } = form;
  const labels = {
    'input.name': t.name,
    'input.title': t.contactTitle,
    'input.email': t.email,
    'input.phone': t.phone,
    'input.responsibilities': t.responsibilities,
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values['input.name'].trim()) {
      setError(inputError({ 'input.name': { text: t.nameMissing, lang: language } }, language));
      return;
    }
    const input = {
      name: values['input.name'].trim(),
      title: optional(values['input.title']),
      email: optional(values['input.email']),
      phone: optional(values['input.phone']),
      responsibilities: linesToList(values['input.responsibilities']),
    };
    try {
      if (contact) await update({ variables: { id: contact.id, expectedVersion: form.version, input } });
      else await add({ variables: { agencySlug: agency.slug, input } });
      navigate(`/redigera/${agency.slug}`, { state: { notice: t.contactSaved(input.name) } });
    } catch (caught) {
      const { described, conflict } = explainSaveError(caught, language);
      if (conflict) {
        setError(null);
        form.receiveConflict(contactValues(conflict.current), conflict.currentVersion);
      } else {
        setError(described);
      }
    }
  }

  const saving = adding.loading || updating.loading;
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <ConflictSummary conflict={form.conflict} labels={labels} />
      <ErrorSummary error={error} labels={labels} />
      <TextField form={form} name="input.name" label={t.name} required autoComplete="name" error={error} />
      <TextField form={form} name="input.title" label={t.contactTitle} autoComplete="organization-title" error={error} />
      <TextField form={form} name="input.email" label={t.email} type="email" autoComplete="email" error={error} />
      <TextField form={form} name="input.phone" label={t.phone} hint={t.phoneHint} type="tel" autoComplete="tel" error={error} />
      <TextField form={form} name="input.responsibilities" label={t.responsibilities} hint={t.listHint} multiline error={error} />
      <button type="submit" className="button" disabled={saving}>
        {saving ? t.saving : t.saveContact}
      </button>
    </form>
  );
}

/** /redigera/:slug/kontakter/ny and /redigera/:slug/kontakter/:id: one of the agency's contact people. */
export function ContactPage() {
  const t = useMessages(agencyEditingMessages);
  const { slug = '', id } = useParams();
  return (
    <AgencyGate slug={slug}>
      {(agency) => {
        const contact = id ? agency.contacts.find((each) => each.id === id) : undefined;
        const back = (
          <p>
            <Link to={`/redigera/${agency.slug}`}>{t.back(agency.name)}</Link>
          </p>
        );
        if (id && !contact) {
          return (
            <Page title={t.contactNotFoundTitle}>
              <p>{t.contactNotFoundText}</p>
              {back}
            </Page>
          );
        }
        return (
          <Page title={contact ? t.editContactTitle(contact.name) : t.newContactTitle}>
            {back}
            <ContactForm key={contact?.id ?? 'new'} agency={agency} contact={contact} />
          </Page>
        );
      }}
    </AgencyGate>
  );
}
