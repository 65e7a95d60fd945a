import { Link } from 'react-router';

/** The way up from a page of the area, above its heading's content. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <Link to={to}>{label}</Link>
    </p>
  );
}
