import type { AgencyProfileQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { swedishLang } from './localized';
import { directoryMessages } from './messages';

type Contact = NonNullable<AgencyProfileQuery['agency']>['contacts'][number];

/** The agency's contacts. The API gives e-mail and phone to signed-in members only; visitors are told so once. */
export function AgencyContacts({ contacts }: { contacts: readonly Contact[] }) {
  const t = useMessages(directoryMessages);
  const { language } = useLanguage();
  const lang = swedishLang(language);
  if (contacts.length === 0) return <p>{t.noContacts}</p>;
  const detailsHidden = contacts.every((contact) => contact.email === null && contact.phone === null);
  return (
    <>
      {detailsHidden && <p>{t.contactDetailsForMembers}</p>}
      <ul className="card-list">
        {contacts.map((contact) => (
          <li key={contact.id} className="card">
            <h3 className="card__title">{contact.name}</h3>
            {contact.title && <p lang={lang}>{contact.title}</p>}
            <dl className="work-facts">
              {contact.responsibilities.length > 0 && (
                <div>
                  <dt>{t.askAbout}</dt>
                  <dd lang={lang}>{contact.responsibilities.join(', ')}</dd>
                </div>
              )}
              {contact.email && (
                <div>
                  <dt>{t.email}</dt>
                  <dd>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </dd>
                </div>
              )}
              {contact.phone && (
                <div>
                  <dt>{t.phone}</dt>
                  <dd>
                    <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
