import type { SearchKind } from '../../gql/graphql';

/** Where a hit leads in the portal; null when the portal has no page for it (work or a contact without its agency). */
export function resultLink(hit: { kind: SearchKind; id: string; agency?: { slug: string } | null }): string | null {
  const id = encodeURIComponent(hit.id);
  switch (hit.kind) {
    case 'AGENCY':
      return hit.agency ? `/aktorer/${encodeURIComponent(hit.agency.slug)}` : null;
    case 'WORK':
      return hit.agency ? `/aktorer/${encodeURIComponent(hit.agency.slug)}#arbete-${id}` : null;
    case 'CONTACT':
      return hit.agency ? `/aktorer/${encodeURIComponent(hit.agency.slug)}#kontakt-${id}` : null;
    case 'MEETING':
    case 'MINUTES':
      // A MINUTES hit carries its meeting's id: the minutes are shown on the meeting's page.
      return `/moten/${id}`;
    case 'THREAD':
      return `/utbyte/tradar/${id}`;
    case 'DEVELOPMENT_AREA':
      return `/utvecklingsomraden/${id}`;
  }
}
