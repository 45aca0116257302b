import { useState } from 'react';

/**
 * Downloads a file behind a short-lived signed link, asking for a fresh link at each click (an
 * old one may have expired while the page was open), with the state a button shows.
 * @param getUrl - reads a fresh link; null or a throw when there is none
 * @returns `download` for the button, `busy` while it runs, `failed` after it could not
 */
export function useFreshLinkDownload(getUrl: () => Promise<string | null | undefined>): {
  download: () => Promise<void>;
  busy: boolean;
  failed: boolean;
} {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const download = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    try {
      const url = await getUrl();
      if (!url) throw new Error('no download link');
      const link = document.createElement('a');
      link.href = url;
      link.download = '';
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return { download, busy, failed };
}
