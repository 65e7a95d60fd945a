import { Link } from 'react-router';

import { Page } from '../../app/page';
import { useMessages } from '../../i18n/messages';
import { coordinationMessages } from './messages';

/** /samordning: where the coordinators' work starts. */
export function OverviewPage() {
  const t = useMessages(coordinationMessages);
  const sections = [
    { to: 'moten', title: t.overviewMeetings, text: t.overviewMeetingsText },
    { to: 'inbjudningar', title: t.overviewInvitations, text: t.overviewInvitationsText },
    { to: 'logg', title: t.overviewAuditLog, text: t.overviewAuditLogText },
    { to: 'utskick', title: t.overviewOutbox, text: t.overviewOutboxText },
  ];
  return (
    <Page title={t.title}>
      <p className="lead">{t.lead}</p>
      <ul className="card-list">
        {sections.map((section) => (
          <li key={section.to} className="card">
            <h2 className="card__title">
              <Link to={`/samordning/${section.to}`}>{section.title}</Link>
            </h2>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
