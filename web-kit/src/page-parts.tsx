import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer, type Viewer } from './viewer';

/**
 * What a page shows while its query has no data: "Loading…" (a polite status) or, when the
 * query failed, an alert a person can act on.
 */
export function QueryStatus({ failed }: { failed: boolean }): ReactElement {
  const { t } = useTranslation('common');
  return failed ? (
    <p role="alert" className="error">
      {t('loadFailed')}
    </p>
  ) : (
    <p role="status">{t('loading')}</p>
  );
}

/** The "Load more" button under a list that has a next page. */
export function LoadMoreButton({ onLoadMore }: { onLoadMore: () => void }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <p>
      <button type="button" className="secondary" onClick={onLoadMore}>
        {t('loadMore')}
      </button>
    </p>
  );
}

/**
 * Renders `children` for a signed-in viewer of the given role; anyone else sees the page title
 * and an invitation to sign in.
 */
export function RequireViewer(props: {
  role: Viewer['role'];
  /** the page title shown to others */
  title: string;
  /** why signing in is needed */
  message: string;
  children: (viewer: Viewer) => ReactNode;
}): ReactElement {
  const { t } = useTranslation('common');
  const viewer = useViewer();
  if (viewer?.role !== props.role) {
    return (
      <section className="page">
        <h1>{props.title}</h1>
        <p>
          {props.message} <a href="/sign-in">{t('signIn')}</a>
        </p>
      </section>
    );
  }
  return <>{props.children(viewer)}</>;
}

/**
 * A notice above a page whose data came back only in part (a service was unreachable): what is
 * shown is true, but something is missing. Renders nothing when there was no error.
 */
export function PartialDataNotice({ error }: { error: unknown }): ReactElement | null {
  const { t } = useTranslation('common');
  if (!error) return null;
  return (
    <p role="status" className="error">
      {t('partialData')}
    </p>
  );
}
