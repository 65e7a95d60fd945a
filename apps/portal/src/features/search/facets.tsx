import { useSearchParams } from 'react-router';

import type { SearchQuery } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { searchMessages } from './messages';
import { type FacetParam, PARAM, toggled } from './search-params';

type Facets = SearchQuery['search']['facets'];

interface Option {
  value: string;
  label: string;
  count: number;
}

function FacetGroup({ name, legend, options }: { name: FacetParam; legend: string; options: Option[] }) {
  const t = useMessages(searchMessages);
  const [params, setParams] = useSearchParams();
  const selected = params.getAll(name);
  // A ticked value the current results no longer count is still listed, so that it can be unticked.
  const shown = [
    ...options,
    ...selected.filter((value) => !options.some((option) => option.value === value)).map((value) => ({ value, label: value, count: 0 })),
  ];
  if (shown.length === 0) return null;
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <ul className="choice-list">
        {shown.map((option) => {
          const id = `facet-${name}-${option.value}`;
          return (
            <li key={option.value} className="choice">
              {/* Ticking filters at once (the results below change, focus stays on the box): no button to find after it. */}
              <input id={id} type="checkbox" checked={selected.includes(option.value)} onChange={() => setParams(toggled(params, name, option.value))} />
              <label htmlFor={id}>{t.facetOption(option.label, option.count)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The facets as checkbox groups with their counts; their state is in the address. */
export function SearchFacets({ facets }: { facets: Facets }) {
  const t = useMessages(searchMessages);
  const labels = useMessages(enumLabels);
  const [params, setParams] = useSearchParams();
  const anySelected = [PARAM.kind, PARAM.agency, PARAM.workKind, PARAM.supportType].some((name) => params.has(name));

  function clear() {
    const next = new URLSearchParams();
    next.set(PARAM.query, params.get(PARAM.query) ?? '');
    setParams(next);
  }

  return (
    <section className="search-facets" aria-labelledby="facets-title">
      <h2 id="facets-title">{t.filtersTitle}</h2>
      <FacetGroup
        name={PARAM.kind}
        legend={t.facetKinds}
        options={facets.kinds.map((f) => ({ value: f.kind, label: labels.searchKind(f.kind), count: f.count }))}
      />
      <FacetGroup
        name={PARAM.supportType}
        legend={t.facetSupportTypes}
        options={facets.supportTypes.map((f) => ({ value: f.supportType, label: labels.supportType(f.supportType), count: f.count }))}
      />
      <FacetGroup
        name={PARAM.workKind}
        legend={t.facetWorkKinds}
        options={facets.workKinds.map((f) => ({ value: f.workKind, label: labels.workKind(f.workKind), count: f.count }))}
      />
      <FacetGroup
        name={PARAM.agency}
        legend={t.facetAgencies}
        options={facets.agencies.map((f) => ({ value: f.agency.slug, label: f.agency.name, count: f.count }))}
      />
      {anySelected && (
        <button type="button" className="link-button" onClick={clear}>
          {t.clearFilters}
        </button>
      )}
    </section>
  );
}
