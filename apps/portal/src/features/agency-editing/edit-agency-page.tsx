import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { Page } from '../../app/page';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { AgencyGate, type EditableAgency } from './agency-gate';
import { ConfirmRemove } from './confirm-remove';
import { agencyEditingMessages } from './messages';
import { RemoveContactMutation, RemoveWorkMutation } from './operations';
import { ProfileForm } from './profile-form';
import { StatusMessage } from './status-message';

/** The removals refetch the agency, so that the lists show what is stored. */
const REFETCH = { refetchQueries: ['EditableAgency'], awaitRefetchQueries: true };

interface ListSectionProps {
  id: string;
  title: string;
  onRemoved: (message: string) => void;
  agency: EditableAgency;
}

function WorkSection({ id, title, agency, onRemoved }: ListSectionProps) {
  const t = useMessages(agencyEditingMessages);
  const labels = useMessages(enumLabels);
  const heading = useRef<HTMLHeadingElement>(null);
  const [remove] = useMutation(RemoveWorkMutation, REFETCH);
  return (
    <section aria-labelledby={id} className="editing-section">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {agency.civilSocietyWork.length === 0 ? (
        <p>{t.workEmpty}</p>
      ) : (
        <ul className="item-list">
          {agency.civilSocietyWork.map((work) => (
            <li key={work.id} className="item-list__item">
              <div>
                <h3 className="item-list__title">{work.title}</h3>
                <p className="card__meta">{labels.workKind(work.kind)}</p>
              </div>
              <div className="button-row">
                <Link to={`arbete/${work.id}`} className="button button--secondary">
                  {t.edit}
                  <span className="visually-hidden">{t.hiddenName(work.title)}</span>
                </Link>
                <ConfirmRemove
                  name={work.title}
                  question={t.confirmRemoveWork(work.title)}
                  onConfirm={async () => {
                    await remove({ variables: { id: work.id } });
                    // The item and its buttons are gone: focus goes to the list's heading rather than to the page's start.
                    heading.current?.focus();
                    onRemoved(t.workRemoved(work.title));
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="arbete/ny" className="button">
          {t.addWork}
        </Link>
      </p>
    </section>
  );
}

function ContactsSection({ id, title, agency, onRemoved }: ListSectionProps) {
  const t = useMessages(agencyEditingMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  const [remove] = useMutation(RemoveContactMutation, REFETCH);
  return (
    <section aria-labelledby={id} className="editing-section">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {agency.contacts.length === 0 ? (
        <p>{t.contactsEmpty}</p>
      ) : (
        <ul className="item-list">
          {agency.contacts.map((contact) => (
            <li key={contact.id} className="item-list__item">
              <div>
                <h3 className="item-list__title">{contact.name}</h3>
                {contact.title && <p className="card__meta">{contact.title}</p>}
                {contact.email && <p className="card__meta">{contact.email}</p>}
              </div>
              <div className="button-row">
                <Link to={`kontakter/${contact.id}`} className="button button--secondary">
                  {t.edit}
                  <span className="visually-hidden">{t.hiddenName(contact.name)}</span>
                </Link>
                <ConfirmRemove
                  name={contact.name}
                  question={t.confirmRemoveContact(contact.name)}
                  onConfirm={async () => {
                    await remove({ variables: { id: contact.id } });
                    heading.current?.focus();
                    onRemoved(t.contactRemoved(contact.name));
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="kontakter/ny" className="button">
          {t.addContact}
        </Link>
      </p>
    </section>
  );
}

function AgencyEditor({ agency }: { agency: EditableAgency }) {
  const t = useMessages(agencyEditingMessages);
  const format = useDateFormat();
  const location = useLocation();
  // "Saved" from the work or contact page that sent the viewer back here.
  const arrived = (location.state as { notice?: string } | null)?.notice ?? '';
  const [removed, setRemoved] = useState('');
  return (
    <Page title={t.editTitle(agency.name)}>
      <StatusMessage text={removed || arrived} />
      <p>
        {t.lastUpdated(format.dateTime(agency.updatedAt))} <Link to={`/aktorer/${agency.slug}`}>{t.publicPage}</Link>
      </p>
      <nav aria-labelledby="contents-title" className="page-contents">
        <h2 id="contents-title" className="visually-hidden">
          {t.contents}
        </h2>
        <ul>
          <li>
            <a href="#profile-title">{t.profileTitle}</a>
          </li>
          <li>
            <a href="#work-title">{t.workTitle}</a>
          </li>
          <li>
            <a href="#contacts-title">{t.contactsTitle}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="profile-title" className="editing-section">
        <h2 id="profile-title" tabIndex={-1}>
          {t.profileTitle}
        </h2>
        {/* A new version from elsewhere (after a save here) must not reset what the viewer is typing: keyed by agency only. */}
        <ProfileForm key={agency.id} agency={agency} />
      </section>
      <WorkSection id="work-title" title={t.workTitle} agency={agency} onRemoved={setRemoved} />
      <ContactsSection id="contacts-title" title={t.contactsTitle} agency={agency} onRemoved={setRemoved} />
    </Page>
  );
}

/** /redigera/:slug: the agency's profile, civil-society work and contact people, for its liaisons and the coordinators. */
export function EditAgencyPage() {
  const { slug = '' } = useParams();
  return <AgencyGate slug={slug}>{(agency) => <AgencyEditor agency={agency} />}</AgencyGate>;
}
