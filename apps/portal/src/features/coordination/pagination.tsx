import { useState } from 'react';

import { useMessages } from '../../i18n/messages';
import { coordinationMessages } from './messages';

export const PAGE_SIZE = 25;

/**
 * Cursor pagination for a connection: the cursors of the pages before this
 * one are kept, so that "previous" goes back without the API counting from
 * the start. `variables` go straight into the query.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    variables: { first: PAGE_SIZE, after },
    /** How many items the pages before this one held. */
    offset: (cursors.length - 1) * PAGE_SIZE,
    next: (endCursor: string) => setCursors((previous) => [...previous, endCursor]),
    previous: () => setCursors((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous)),
    hasPrevious: cursors.length > 1,
  };
}

interface PaginationProps {
  pages: ReturnType<typeof useCursorPages>;
  shown: number;
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** "Showing 26–50 of 153" with previous and next buttons; nothing when everything fits on one page. */
export function Pagination({ pages, shown, totalCount, pageInfo }: PaginationProps) {
  const t = useMessages(coordinationMessages);
  if (!pages.hasPrevious && !pageInfo.hasNextPage) return null;
  const { endCursor } = pageInfo;
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <p role="status">{t.showing(pages.offset + 1, pages.offset + shown, totalCount)}</p>
      <div className="button-row">
        {pages.hasPrevious && (
          <button type="button" className="button button--secondary" onClick={pages.previous}>
            {t.previousPage}
          </button>
        )}
        {pageInfo.hasNextPage && endCursor && (
          <button type="button" className="button button--secondary" onClick={() => pages.next(endCursor)}>
            {t.nextPage}
          </button>
        )}
      </div>
    </nav>
  );
}
