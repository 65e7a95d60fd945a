import { describeError } from '../api/errors';
import { useLanguage } from '../i18n/language-provider';
import { useMessages } from '../i18n/messages';
import { shellMessages } from './messages';

/** "Loading…", announced politely to screen readers. */
export function Loading() {
  const t = useMessages(shellMessages);
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}

/** Why something could not be loaded, announced at once. */
export function LoadError({ error }: { error: unknown }) {
  const { language } = useLanguage();
  return (
    <p className="notice notice--error" role="alert">
      {describeError(error, language).message}
    </p>
  );
}
