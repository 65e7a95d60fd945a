/** The query parameter that carries where to go after signing in. */
export const RETURN_PARAMETER = 'tillbaka';

/** A path within the portal to return to, never another site (an open redirect) and never the sign-in page itself. */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/logga-in')) return '/';
  return value;
}
