import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';

import { LoadError, Loading } from '../../app/status';
import type { SearchQuery } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { SearchFacets } from './facets';
import { HighlightedSnippet } from './highlighted-snippet';
import { searchMessages } from './messages';
import { SearchQuery as SearchDocument } from './operations';
import { resultLink } from './result-link';
import { MAX_OFFSET, PAGE_SIZE, PARAM, type SearchState, withPage } from './search-params';

type Hit = SearchQuery['search']['hits'][number];

function SearchHit({ hit }: { hit: Hit }) {
  const labels = useMessages(enumLabels);
  const link = resultLink(hit);
  return (
    <li className="search-hit">
      <p className="search-hit__kind">
        {labels.searchKind(hit.kind)}
        {hit.agency && hit.kind !== 'AGENCY' && ` · ${hit.agency.name}`}
      </p>
      <h3 className="search-hit__title">{link ? <Link to={link}>{hit.title}</Link> : hit.title}</h3>
      <p className="search-hit__snippet">
        <HighlightedSnippet snippet={hit.snippet} />
      </p>
    </li>
  );
}

function Pagination({ page, totalCount }: { page: number; totalCount: number }) {
  const t = useMessages(searchMessages);
  const [params] = useSearchParams();
  const pages = Math.min(Math.ceil(totalCount / PAGE_SIZE), MAX_OFFSET / PAGE_SIZE + 1);
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <ul>
        {page > 1 && (
          <li>
            <Link to={withPage(params, page - 1)} rel="prev">
              {t.previous}
            </Link>
          </li>
        )}
        <li aria-current="page">{t.pageOf(page, pages)}</li>
        {page < pages && (
          <li>
            <Link to={withPage(params, page + 1)} rel="next">
              {t.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The results of a search: count (announced), "did you mean", facets, hits and pages. */
export function SearchResults({ state }: { state: SearchState }) {
  const t = useMessages(searchMessages);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const firstPage = useRef(state.page);
  const filter = { agencySlugs: state.agencySlugs, workKinds: state.workKinds, supportTypes: state.supportTypes };
  const { data, previousData, loading, error } = useQuery(SearchDocument, {
    variables: {
      query: state.query,
      kinds: state.kinds.length > 0 ? state.kinds : null,
      filter,
      first: PAGE_SIZE,
      offset: (state.page - 1) * PAGE_SIZE,
    },
  });

  // Another page is a new list: its heading takes focus, so that keyboard and screen reader users start at its top.
  useEffect(() => {
    if (state.page !== firstPage.current) resultsHeading.current?.focus();
    firstPage.current = state.page;
  }, [state.page]);

  // The last results stay while the next load, so that a ticked box keeps its place (and focus).
  const search = (data ?? previousData)?.search;
  if (error) return <LoadError error={error} />;
  if (!search) return <Loading />;

  const shownQuery = search.didYouMean ?? state.query;
  return (
    <div className="search-layout">
      <SearchFacets facets={search.facets} />
      <section className="search-results" aria-labelledby="results-title" aria-busy={loading}>
        <h2 id="results-title" ref={resultsHeading} tabIndex={-1}>
          {t.resultsTitle}
        </h2>
        {search.didYouMean && (
          <p className="search-results__suggestion">
            {t.didYouMean} <Link to={`/sok?${new URLSearchParams({ [PARAM.query]: search.didYouMean }).toString()}`}>{search.didYouMean}</Link>?{' '}
            {t.didYouMeanShown(search.didYouMean)}
          </p>
        )}
        <p role="status" className="search-results__count">
          {search.totalCount > 0 ? t.resultCount(search.totalCount, shownQuery) : t.noResults(state.query)}
        </p>
        {search.totalCount === 0 ? (
          <p>
            {t.noResultsHelp} <Link to="/vem-gor-vad">{t.directoryLink}</Link>
          </p>
        ) : (
          <ol className="search-hits" start={(state.page - 1) * PAGE_SIZE + 1}>
            {search.hits.map((hit) => (
              <SearchHit key={`${hit.kind}:${hit.id}`} hit={hit} />
            ))}
          </ol>
        )}
        <Pagination page={state.page} totalCount={search.totalCount} />
      </section>
    </div>
  );
}
