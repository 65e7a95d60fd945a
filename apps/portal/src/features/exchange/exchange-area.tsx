import { Route, Routes } from 'react-router';

import { NotFoundPage } from '../../app/not-found-page';
import { NewThreadPage } from './new-thread-page';
import { ThreadListPage } from './thread-list-page';
import { ThreadPage } from './thread-page';

import './exchange.css';

/** /utbyte: threads, topics, replies and follows (members). Loaded on demand; its pages are routed here, relative to the area's prefix. */
export function ExchangeArea() {
  return (
    <Routes>
      <Route index element={<ThreadListPage />} />
      <Route path="ny" element={<NewThreadPage />} />
      <Route path="tradar/:id" element={<ThreadPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
