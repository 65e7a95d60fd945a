import { useEffect, useState } from 'react';

/**
 * A polite live region for "saved" and "removed": it is in the page empty
 * first and filled after, since screen readers announce a change to a live
 * region, not one that arrives with its text already in it.
 */
export function StatusMessage({ text }: { text: string }) {
  const [shown, setShown] = useState('');
  useEffect(() => {
    // A moment after mounting, so that a region that arrives with its page is already there to announce from.
    const timer = window.setTimeout(() => setShown(text), 100);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <div role="status" className="status-message">
      {shown && <p className="notice notice--success">{shown}</p>}
    </div>
  );
}
