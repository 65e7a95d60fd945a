import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { COORDINATOR_ROLES, LIAISON_ROLES } from '../../auth/roles';
import { useViewer } from '../../auth/viewer';
import type { AgencyProfileQuery as AgencyProfileResult } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { AgencyContacts } from './agency-contacts';
import { agencyName } from './group-by-agency';
import { localized, swedishLang } from './localized';
import { directoryMessages } from './messages';
import { AgencyProfileQuery } from './operations';
import { WorkFacts } from './work-facts';

import './directory.css';

type Agency = NonNullable<AgencyProfileResult['agency']>;

/** Liaisons edit their own agency, coordinators and admins any (DESIGN.md's permission table). */
function useMayEdit(slug: string): boolean {
  const { viewer } = useViewer();
  if (!viewer) return false;
  if (COORDINATOR_ROLES.includes(viewer.role)) return true;
  return LIAISON_ROLES.includes(viewer.role) && viewer.agency?.slug === slug;
}

function Profile({ agency }: { agency: Agency }) {
  const t = useMessages(directoryMessages);
  const { language } = useLanguage();
  const description = localized(language, agency.description, agency.descriptionEn);
  // The heading names the agency in the page's language; the other name is listed here.
  const otherName = language === 'sv' ? agency.nameEn : agency.nameEn && agency.name;
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t.profileTitle}</h2>
      <p lang={description.lang}>{description.text}</p>
      <dl className="work-facts">
        {otherName && (
          <div>
            <dt>{language === 'sv' ? t.englishName : t.swedishName}</dt>
            <dd lang={language === 'sv' ? 'en' : 'sv'}>{otherName}</dd>
          </div>
        )}
        {agency.abbreviation && (
          <div>
            <dt>{t.abbreviation}</dt>
            <dd>{agency.abbreviation}</dd>
          </div>
        )}
        {agency.ministry && (
          <div>
            <dt>{t.ministry}</dt>
            <dd lang={swedishLang(language)}>{agency.ministry}</dd>
          </div>
        )}
        {agency.website && (
          <div>
            <dt>{t.website}</dt>
            <dd>
              <a href={agency.website}>{agency.website.replace(/^https?:\/\//, '')}</a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function Networks({ agency }: { agency: Agency }) {
  const t = useMessages(directoryMessages);
  return (
    <section aria-labelledby="networks-title">
      <h2 id="networks-title">{t.networksTitle}</h2>
      {agency.networks.length === 0 ? (
        <p>{t.noNetworks}</p>
      ) : (
        <ul>
          {agency.networks.map((network) => (
            <li key={network.id}>
              <Link to={`/vem-gor-vad?natverk=${encodeURIComponent(network.slug)}`}>{network.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Work({ agency }: { agency: Agency }) {
  const t = useMessages(directoryMessages);
  const { language } = useLanguage();
  return (
    <section aria-labelledby="work-title">
      <h2 id="work-title">{t.workTitle}</h2>
      {agency.civilSocietyWork.length === 0 ? (
        <p>{t.noWork}</p>
      ) : (
        <ul className="directory-agency__works">
          {agency.civilSocietyWork.map((work) => {
            const title = localized(language, work.title, work.titleEn);
            const description = localized(language, work.description, work.descriptionEn);
            return (
              <li key={work.id} className="work-entry">
                <h3 className="work-entry__title" lang={title.lang}>
                  {title.text}
                </h3>
                {/* The summary often opens the description word for word, and an English description makes the Swedish summary redundant. */}
                {language === 'sv' && !description.text.startsWith(work.summary) && <p>{work.summary}</p>}
                <p lang={description.lang}>{description.text}</p>
                <WorkFacts work={work} />
                {work.url && (
                  <p>
                    <a href={work.url}>{t.readMore(title.text)}</a>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** /aktorer/:slug: an agency's profile, networks, civil-society work and contacts. */
export function AgencyPage() {
  const t = useMessages(directoryMessages);
  const { language } = useLanguage();
  const { slug = '' } = useParams();
  const mayEdit = useMayEdit(slug);
  const { data, loading, error } = useQuery(AgencyProfileQuery, { variables: { slug } });
  const agency = data?.agency;

  if (loading || error) {
    return <Page title={t.agencyTitle}>{loading ? <Loading /> : <LoadError error={error} />}</Page>;
  }
  if (!agency) {
    return <NotFoundPage title={t.agencyNotFoundTitle} text={t.agencyNotFoundText} back={{ to: '/vem-gor-vad', label: t.agencyNotFoundLink }} />;
  }
  return (
    <Page title={agencyName(agency, language)}>
      {mayEdit && (
        <p>
          <Link to={`/redigera/${agency.slug}`}>{t.edit}</Link>
        </p>
      )}
      <Profile agency={agency} />
      <Networks agency={agency} />
      <Work agency={agency} />
      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t.contactsTitle}</h2>
        <AgencyContacts contacts={agency.contacts} />
      </section>
    </Page>
  );
}
