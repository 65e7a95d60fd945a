import { Route, Routes } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { AuditLogPage } from './audit-log-page';
import { InvitationsPage } from './invitations-page';
import { EditMeetingPage, NewMeetingPage } from './meeting-form-pages';
import { MeetingsPage } from './meetings-page';
import { MinutesPage } from './minutes-page';
import { OutboxPage } from './outbox-page';
import { OverviewPage } from './overview-page';
import { RegistrationsPage } from './registrations-page';

import './coordination.css';

/** /samordning: meetings, registrations, minutes, invitations, the audit log and the outbox (coordinators). Loaded on demand; its pages are routed here, relative to the area's prefix. */
export function CoordinationArea() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="moten" element={<MeetingsPage />} />
      <Route path="moten/ny" element={<NewMeetingPage />} />
      <Route path="moten/:id/redigera" element={<EditMeetingPage />} />
      <Route path="moten/:id/anmalningar" element={<RegistrationsPage />} />
      <Route path="moten/:id/protokoll" element={<MinutesPage />} />
      <Route path="inbjudningar" element={<InvitationsPage />} />
      <Route path="logg" element={<AuditLogPage />} />
      <Route path="utskick" element={<OutboxPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
