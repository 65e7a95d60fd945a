import { useSearchParams } from 'react-router';

import { Page } from '../../app/page';
import { useMessages } from '../../i18n/messages';
import { searchMessages } from './messages';
import { SearchForm } from './search-form';
import { readSearchState } from './search-params';
import { SearchResults } from './search-results';

import './search.css';

/** /sok?q=…: search across everything the visitor may see, with facets, highlights and pages. */
export function SearchPage() {
  const t = useMessages(searchMessages);
  const [params] = useSearchParams();
  const state = readSearchState(params);
  return (
    <Page title={t.title}>
      {/* Keyed by the query, so that the box shows what was searched for after back and forward. */}
      <SearchForm key={state.query} initialQuery={state.query} />
      {state.query ? <SearchResults state={state} /> : <p>{t.noQuery}</p>}
    </Page>
  );
}
