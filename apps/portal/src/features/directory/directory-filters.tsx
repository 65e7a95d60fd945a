import { useQuery } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';

import { FormField } from '../../forms/form-field';
import { enumLabels, SUPPORT_TYPES, WORK_KINDS } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { type DirectoryFilters, hasFilters } from './filters';
import { swedishLang } from './localized';
import { directoryMessages } from './messages';
import { DirectoryFilterOptionsQuery } from './operations';

interface FilterSelectProps {
  name: string;
  label: string;
  value: string | null;
  /** The first option, which means "no filter". */
  anyLabel: string;
  onChange(value: string | null): void;
  children: ReactNode;
}

function FilterSelect({ name, label, value, anyLabel, onChange, children }: FilterSelectProps) {
  return (
    // Not marked optional: every filter is, and "(valfritt)" four times over would only be noise.
    <FormField name={name} label={label}>
      {(control) => (
        <select {...control} required={undefined} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
          <option value="">{anyLabel}</option>
          {children}
        </select>
      )}
    </FormField>
  );
}

interface DirectoryFiltersFormProps {
  filters: DirectoryFilters;
  onApply(filters: DirectoryFilters): void;
}

/**
 * The directory's filters. They apply when the form is sent, not on every
 * change: results changing while someone moves through a list with the
 * arrow keys would be announced again and again.
 */
export function DirectoryFiltersForm({ filters, onApply }: DirectoryFiltersFormProps) {
  const t = useMessages(directoryMessages);
  const labels = useMessages(enumLabels);
  const { language } = useLanguage();
  const [draft, setDraft] = useState(filters);
  // The options load beside the results; until then the select offers what the address names, so that it still shows the filter in use.
  const { data } = useQuery(DirectoryFilterOptionsQuery);
  const targetGroups = data?.targetGroups ?? [];
  const networks = data?.networks ?? [];
  const set = (key: keyof DirectoryFilters) => (value: string | null) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form className="directory-filters" aria-labelledby="directory-filters-title" onSubmit={submit}>
      <h2 id="directory-filters-title" className="directory-filters__title">
        {t.filtersTitle}
      </h2>
      <div className="directory-filters__fields">
        <FilterSelect name="stod" label={t.supportFilter} anyLabel={t.allSupportTypes} value={draft.support} onChange={set('support')}>
          {SUPPORT_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.supportType(type)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="typ" label={t.kindFilter} anyLabel={t.allKinds} value={draft.kind} onChange={set('kind')}>
          {WORK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.workKind(kind)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="malgrupp" label={t.targetGroupFilter} anyLabel={t.allTargetGroups} value={draft.targetGroup} onChange={set('targetGroup')}>
          {withCurrent(targetGroups, draft.targetGroup).map((group) => (
            <option key={group} value={group} lang={swedishLang(language)}>
              {group}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="natverk" label={t.networkFilter} anyLabel={t.allNetworks} value={draft.network} onChange={set('network')}>
          {withCurrent(
            networks.map((network) => network.slug),
            draft.network,
          ).map((slug) => (
            <option key={slug} value={slug}>
              {networks.find((network) => network.slug === slug)?.name ?? slug}
            </option>
          ))}
        </FilterSelect>
      </div>
      <div className="directory-filters__actions">
        <button type="submit" className="button">
          {t.applyFilters}
        </button>
        {hasFilters(filters) && <Link to="/vem-gor-vad">{t.clearFilters}</Link>}
      </div>
    </form>
  );
}

/** The options, with the value in use added when the list lacks it (a shared link to a target group no longer listed). */
function withCurrent(options: readonly string[], current: string | null): readonly string[] {
  return current && !options.includes(current) ? [current, ...options] : options;
}
