import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { SearchForm } from '../search/search-form';
import { startMessages } from './messages';
import { NetworksQuery } from './operations';

function Networks() {
  const t = useMessages(startMessages);
  const { language } = useLanguage();
  const { data, loading, error } = useQuery(NetworksQuery);
  if (loading) return <Loading />;
  if (error) return <LoadError error={error} />;
  return (
    <ul className="card-list">
      {data?.networks.map((network) => (
        <li key={network.id} className="card">
          <h3 className="card__title">
            <Link to={`/vem-gor-vad?natverk=${encodeURIComponent(network.slug)}`}>{network.name}</Link>
          </h3>
          <p>{(language === 'en' && network.descriptionEn) || network.description}</p>
          {network.agencies.length > 0 && <p className="card__meta">{t.memberCount(network.agencies.length)}</p>}
        </li>
      ))}
    </ul>
  );
}

export function StartPage() {
  const t = useMessages(startMessages);
  return (
    <Page title={t.title}>
      <p className="lead">{t.lead}</p>
      <SearchForm />
      <section aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t.shortcuts}</h2>
        <ul className="shortcut-list">
          <li>
            <Link to="/vem-gor-vad">{t.directoryLink}</Link>
          </li>
          <li>
            <Link to="/moten">{t.meetingsLink}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="networks-title">
        <h2 id="networks-title">{t.networksTitle}</h2>
        <p>{t.networksLead}</p>
        <Networks />
      </section>
    </Page>
  );
}
