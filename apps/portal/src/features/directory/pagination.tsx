import { Link } from 'react-router';

import { useMessages } from '../../i18n/messages';
import { directoryMessages } from './messages';

interface PaginationProps {
  page: number;
  pages: number;
  /** The address of a page, with the current filters. */
  href(page: number): string;
}

/** Previous, numbered and next links; the current page is marked for screen readers and in words, not by colour alone. */
export function Pagination({ page, pages, href }: PaginationProps) {
  const t = useMessages(directoryMessages);
  if (pages < 2) return null;
  const numbers = Array.from({ length: pages }, (_, index) => index + 1);
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <p className="pagination__status">{t.pageLabel(page, pages)}</p>
      <ul>
        {page > 1 && (
          <li>
            <Link to={href(page - 1)} rel="prev">
              {t.previousPage}
            </Link>
          </li>
        )}
        {numbers.map((number) => (
          <li key={number}>
            <Link to={href(number)} aria-current={number === page ? 'page' : undefined} aria-label={t.pageLink(number)}>
              {number}
            </Link>
          </li>
        ))}
        {page < pages && (
          <li>
            <Link to={href(page + 1)} rel="next">
              {t.nextPage}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
