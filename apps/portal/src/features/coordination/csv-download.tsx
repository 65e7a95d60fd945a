import { useState } from 'react';

import { useViewer } from '../../auth/viewer';
import { useMessages } from '../../i18n/messages';
import { coordinationMessages } from './messages';

/** The file name the server gives in Content-Disposition, else `fallback`. */
function fileName(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
}

/**
 * Downloads the registrations as CSV. The export needs the access token as a
 * Bearer header, which a plain link cannot send: the file is fetched and
 * handed to the browser as a Blob URL instead.
 */
export function CsvDownload({ meetingId }: { meetingId: string }) {
  const t = useMessages(coordinationMessages);
  const { sessions } = useViewer();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  async function download() {
    setState('busy');
    try {
      const token = await sessions.accessToken();
      const response = await fetch(`/meetings/${encodeURIComponent(meetingId)}/registrations.csv`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName(response, 'anmalningar.csv');
      anchor.click();
      // The browser has taken the file once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" disabled={state === 'busy'} onClick={() => void download()}>
        {state === 'busy' ? t.downloading : t.downloadCsv}
      </button>
      <p role="alert">{state === 'failed' && <span className="notice notice--error">{t.downloadFailed}</span>}</p>
    </>
  );
}
