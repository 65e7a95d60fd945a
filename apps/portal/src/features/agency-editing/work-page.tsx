import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { type DescribedError, type FieldErrors, inputError } from '../../api/errors';
import { Page } from '../../app/page';
import { ErrorSummary } from '../../forms/error-summary';
import type { SupportType, WorkKind } from '../../gql/graphql';
import { enumLabels, SUPPORT_TYPES, WORK_KINDS } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { AgencyGate, type EditableAgency } from './agency-gate';
import { ConflictSummary } from './conflict';
import { ChecklistField, TextField } from './fields';
import { agencyEditingMessages } from './messages';
import { AddWorkMutation, UpdateWorkMutation } from './operations';
import { choices, explainSaveError, lines, text } from './save-error';
import { linesToList, optional, useVersionedForm } from './versioned-form';

type Work = EditableAgency['civilSocietyWork'][number];

/** A piece of work as the form holds it (keyed by the API's field paths); a new one starts as a grant with nothing filled in. */
function workValues(work: Record<string, unknown> | undefined) {
  return {
    'input.kind': text(work?.kind) || 'GRANT',
    'input.title': text(work?.title),
    'input.titleEn': text(work?.titleEn),
    'input.summary': text(work?.summary),
    'input.description': text(work?.description),
    'input.descriptionEn': text(work?.descriptionEn),
    'input.targetGroups': lines(work?.targetGroups),
    'input.supportOffered': choices(work?.supportOffered),
    'input.howToApply': text(work?.howToApply),
    'input.url': text(work?.url),
  };
}

function WorkForm({ agency, work }: { agency: EditableAgency; work: Work | undefined }) {
  const t = useMessages(agencyEditingMessages);
  const enums = useMessages(enumLabels);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const form = useVersionedForm(workValues(work), work?.version ?? null);
  const [error, setError] = useState<DescribedError | null>(null);
  // A new piece of work must show up in the agency's list at once.
  const refetch = { refetchQueries: ['EditableAgency'], awaitRefetchQueries: true };
  const [add, adding] = useMutation(AddWorkMutation, refetch);
  const [update, updating] = useMutation(UpdateWorkMutation);
  const { values } = form;
  const labels = {
    'input.kind': t.kind,
    'input.title': t.workTitleField,
    'input.titleEn': t.titleEn,
    'input.summary': t.summary,
    'input.description': t.workDescription,
    'input.descriptionEn': t.workDescriptionEn,
    'input.targetGroups': t.targetGroups,
    'input.supportOffered': t.supportOffered,
    'input.howToApply': t.howToApply,
    'input.url': t.url,
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!values['input.title'].trim()) missing['input.title'] = { text: t.titleMissing, lang: language };
    if (!values['input.summary'].trim()) missing['input.summary'] = { text: t.summaryMissing, lang: language };
    if (!values['input.description'].trim()) missing['input.description'] = { text: t.workDescriptionMissing, lang: language };
    if (Object.keys(missing).length > 0) {
      setError(inputError(missing, language));
      return;
    }
    const input = {
      kind: values['input.kind'] as WorkKind,
      title: values['input.title'].trim(),
      titleEn: optional(values['input.titleEn']),
      summary: values['input.summary'].trim(),
      description: values['input.description'].trim(),
      descriptionEn: optional(values['input.descriptionEn']),
      targetGroups: linesToList(values['input.targetGroups']),
      supportOffered: values['input.supportOffered'] as SupportType[],
      howToApply: optional(values['input.howToApply']),
      url: optional(values['input.url']),
    };
    try {
      if (work) await update({ variables: { id: work.id, expectedVersion: form.version, input } });
      else await add({ variables: { agencySlug: agency.slug, input } });
      navigate(`/redigera/${agency.slug}`, { state: { notice: t.workSaved(input.title) } });
    } catch (caught) {
      const { described, conflict } = explainSaveError(caught, language);
      if (conflict) {
        setError(null);
        form.receiveConflict(workValues(conflict.current), conflict.currentVersion);
      } else {
        setError(described);
      }
    }
  }

  const kindOptions = WORK_KINDS.map((kind) => ({ value: kind, label: enums.workKind(kind) }));
  const supportOptions = SUPPORT_TYPES.map((support) => ({ value: support, label: enums.supportType(support) }));
  const saving = adding.loading || updating.loading;
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <ConflictSummary conflict={form.conflict} labels={labels} />
      <ErrorSummary error={error} labels={labels} />
      <TextField form={form} name="input.kind" label={t.kind} options={kindOptions} required error={error} />
      <TextField form={form} name="input.title" label={t.workTitleField} required error={error} />
      <TextField form={form} name="input.titleEn" label={t.titleEn} error={error} />
      <TextField form={form} name="input.summary" label={t.summary} hint={t.summaryHint} required multiline error={error} />
      <TextField form={form} name="input.description" label={t.workDescription} required multiline error={error} />
      <TextField form={form} name="input.descriptionEn" label={t.workDescriptionEn} multiline error={error} />
      <TextField form={form} name="input.targetGroups" label={t.targetGroups} hint={t.listHint} multiline error={error} />
      <ChecklistField form={form} name="input.supportOffered" label={t.supportOffered} options={supportOptions} error={error} />
      <TextField form={form} name="input.howToApply" label={t.howToApply} multiline error={error} />
      <TextField form={form} name="input.url" label={t.url} hint={t.urlHint} type="url" error={error} />
      <button type="submit" className="button" disabled={saving}>
        {saving ? t.saving : t.saveWork}
      </button>
    </form>
  );
}

/** /redigera/:slug/arbete/ny and /redigera/:slug/arbete/:id: one piece of the agency's civil-society work. */
export function WorkPage() {
  const t = useMessages(agencyEditingMessages);
  const { slug = '', id } = useParams();
  return (
    <AgencyGate slug={slug}>
      {(agency) => {
        const work = id ? agency.civilSocietyWork.find((each) => each.id === id) : undefined;
        const back = (
          <p>
            <Link to={`/redigera/${agency.slug}`}>{t.back(agency.name)}</Link>
          </p>
        );
        if (id && !work) {
          return (
            <Page title={t.workNotFoundTitle}>
              <p>{t.workNotFoundText}</p>
              {back}
            </Page>
          );
        }
        return (
          <Page title={work ? t.editWorkTitle(work.title) : t.newWorkTitle}>
            {back}
            <WorkForm key={work?.id ?? 'new'} agency={agency} work={work} />
          </Page>
        );
      }}
    </AgencyGate>
  );
}
