import { Route, Routes } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { ChooseAgencyPage } from './choose-agency-page';
import { ContactPage } from './contact-page';
import { EditAgencyPage } from './edit-agency-page';
import { WorkPage } from './work-page';

import './agency-editing.css';

/** /redigera/*: a liaison keeps their agency’s profile, work and contacts current. Loaded on demand; its pages are routed here, relative to the area's prefix. */
export function AgencyEditingArea() {
  return (
    <Routes>
      <Route index element={<ChooseAgencyPage />} />
      <Route path=":slug" element={<EditAgencyPage />} />
      <Route path=":slug/arbete/ny" element={<WorkPage />} />
      <Route path=":slug/arbete/:id" element={<WorkPage />} />
      <Route path=":slug/kontakter/ny" element={<ContactPage />} />
      <Route path=":slug/kontakter/:id" element={<ContactPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
