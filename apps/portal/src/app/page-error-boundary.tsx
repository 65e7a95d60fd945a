import { Component, type ReactNode } from 'react';

import { useMessages } from '../i18n/messages';
import { shellMessages } from './messages';
import { Page } from './page';

function PageFailed() {
  const t = useMessages(shellMessages);
  return (
    <Page title={t.pageFailedTitle}>
      <p>{t.pageFailedText}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </p>
    </Page>
  );
}

/**
 * Keeps the header, navigation and footer usable when a page fails to render
 * — most often a lazy area whose files could not be loaded (the connection
 * dropped, or a new version was published meanwhile).
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
