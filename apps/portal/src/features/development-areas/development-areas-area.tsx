import { Route, Routes } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { AreaPage } from './area-page';
import { BoardPage } from './board-page';
import { NewAreaPage } from './new-area-page';

import './development-areas.css';

/** /utvecklingsomraden: the board by status and each area with its history (members). Loaded on demand; its pages are routed here, relative to the area's prefix. */
export function DevelopmentAreasArea() {
  return (
    <Routes>
      <Route index element={<BoardPage />} />
      <Route path="ny" element={<NewAreaPage />} />
      <Route path=":id" element={<AreaPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
