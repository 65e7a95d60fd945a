import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';

import { useMessages } from '../../i18n/messages';
import { searchMessages } from './messages';

/** The search box of the start and search pages: it leads to /sok?q=…, so a search has an address to share and go back to. */
export function SearchForm({ initialQuery = '' }: { initialQuery?: string }) {
  const t = useMessages(searchMessages);
  const navigate = useNavigate();
  const [query, setQuery] = useState(initialQuery);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = query.trim();
    navigate(trimmed ? `/sok?${new URLSearchParams({ q: trimmed }).toString()}` : '/sok');
  }

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor="search-query" className="field__label">
        {t.label}
      </label>
      <p id="search-query-hint" className="field__hint">
        {t.hint}
      </p>
      <div className="search-form__row">
        <input id="search-query" name="q" type="search" value={query} aria-describedby="search-query-hint" onChange={(event) => setQuery(event.target.value)} />
        <button type="submit" className="button">
          {t.submit}
        </button>
      </div>
    </form>
  );
}
