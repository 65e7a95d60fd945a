import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, Navigate } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { useViewer } from '../../auth/viewer';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { agencyEditingMessages } from './messages';
import { EditableAgenciesQuery } from './operations';

const PAGE_SIZE = 20;

/** Every agency, a page at a time: "show more" appends the next page and moves focus to its first agency. */
function AgencyList() {
  const t = useMessages(agencyEditingMessages);
  const { language } = useLanguage();
  const { data, loading, error, fetchMore } = useQuery(EditableAgenciesQuery, { variables: { first: PAGE_SIZE } });
  // The index of the first agency "show more" asked for: its link takes focus as it appears.
  const [firstNew, setFirstNew] = useState<number | null>(null);
  const focusOnArrival = useCallback((link: HTMLAnchorElement | null) => link?.focus(), []);
  const nodes = data?.agencies.nodes ?? [];

  if (loading && !data) return <Loading />;
  if (error) return <LoadError error={error} />;
  if (!data || nodes.length === 0) return <p>{t.noAgencies}</p>;
  const { pageInfo, totalCount } = data.agencies;

  function showMore() {
    setFirstNew(nodes.length);
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        agencies: { ...fetchMoreResult.agencies, nodes: [...previous.agencies.nodes, ...fetchMoreResult.agencies.nodes] },
      }),
    });
  }

  return (
    <>
      <p>{t.shownOf(nodes.length, totalCount)}</p>
      <ul className="item-list">
        {nodes.map((agency, index) => (
          <li key={agency.id} className="item-list__item">
            <Link to={agency.slug} ref={index === firstNew ? focusOnArrival : undefined}>
              {(language === 'en' && agency.nameEn) || agency.name}
            </Link>
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary" disabled={loading} onClick={showMore}>
          {t.showMore}
        </button>
      )}
    </>
  );
}

/** /redigera: a liaison goes straight to their own agency; coordinators and admins choose one. */
export function ChooseAgencyPage() {
  const t = useMessages(agencyEditingMessages);
  const { viewer } = useViewer();
  if (viewer?.role === 'LIAISON') {
    if (viewer.agency) return <Navigate to={viewer.agency.slug} replace />;
    return (
      <Page title={t.title}>
        <p>{t.noOwnAgency}</p>
      </Page>
    );
  }
  return (
    <Page title={t.title}>
      <p>{t.chooseLead}</p>
      <section aria-labelledby="agencies-title">
        <h2 id="agencies-title">{t.agenciesTitle}</h2>
        <AgencyList />
      </section>
    </Page>
  );
}
