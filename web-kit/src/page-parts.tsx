import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navigateToUrl } from 'single-spa';
import { mutationProblem } from './mutation-problem';
import { hasAnyRole, signOut, useSession, type Role, type Viewer } from './session';

/**
 * What a page shows while its query has no data: its title, then "Loading…" (a polite status);
 * when the query failed, an alert with a button to try again — or, when the server refused
 * (FORBIDDEN, NOT_FOUND), that this is not something the viewer may see.
 */
export function QueryStatus(props: {
  title: string;
  failed: boolean;
  onRetry: () => void;
  /** the query's error: a refusal (FORBIDDEN, NOT_FOUND) says so instead of offering a retry */
  error?: unknown;
}): ReactElement {
  const { t } = useTranslation('common');
  const refused = props.error ? mutationProblem(props.error).code : null;
  return (
    <section className="page">
      <h1>{props.title}</h1>
      {refused === 'FORBIDDEN' || refused === 'NOT_FOUND' ? (
        <div role="alert" className="error">
          <p>{t('notYours')}</p>
        </div>
      ) : props.failed ? (
        <div role="alert" className="error">
          <p>{t('loadFailed')}</p>
          <button type="button" onClick={props.onRetry}>
            {t('retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </section>
  );
}

/**
 * A data table that scrolls sideways inside its own keyboard-focusable region on narrow screens,
 * so the page itself never does (WCAG 2.1 1.4.10 Reflow).
 */
export function TableRegion(props: { labelledBy: string; children: ReactNode }): ReactElement {
  return (
    <div className="table-region" role="region" aria-labelledby={props.labelledBy} tabIndex={0}>
      {props.children}
    </div>
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
 * The sign-in page's address that comes back to where the viewer is now.
 * @returns e.g. `/sign-in?next=%2Fpatient`
 */
export function signInUrlReturningHere(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return `/sign-in?next=${encodeURIComponent(here)}`;
}

/**
 * Renders `children` for a signed-in viewer holding one of the roles. While the session is being
 * restored it shows the page title and "Loading…"; to anyone else, the title and an invitation
 * to sign in (the shell sends signed-out visitors to the sign-in page and back afterwards).
 */
export function RequireViewer(props: {
  /** any of these roles may use the page */
  roles: readonly Role[];
  /** the page title shown to others */
  title: string;
  /** why signing in is needed */
  message: string;
  children: (viewer: Viewer) => ReactNode;
}): ReactElement {
  const { t } = useTranslation('common');
  const { status, viewer } = useSession();
  if (status === 'loading') {
    return (
      <section className="page">
        <h1>{props.title}</h1>
        <p role="status">{t('loading')}</p>
      </section>
    );
  }
  if (!viewer || !hasAnyRole(viewer, props.roles)) {
    return (
      <section className="page">
        <h1>{props.title}</h1>
        {viewer && <p>{t('wrongRole', { name: viewer.displayName })}</p>}
        <p>
          {props.message}{' '}
          {viewer ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                navigateToUrl(signInUrlReturningHere());
                void signOut();
              }}
            >
              {t('signInAsSomeoneElse')}
            </button>
          ) : (
            <a
              href={signInUrlReturningHere()}
              onClick={(event) => {
                event.preventDefault();
                navigateToUrl(signInUrlReturningHere());
              }}
            >
              {t('signIn')}
            </a>
          )}
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

/**
 * The frame of a case page in any app: a link back to the app's list, the title, and the
 * partial-data notice, around the app's own facts and timeline.
 */
export function CasePageFrame(props: {
  backLabel: string;
  title: string;
  error: unknown;
  children: ReactNode;
}): ReactElement {
  return (
    <section aria-labelledby="case-title" className="page">
      <p>
        <Link to="/">{props.backLabel}</Link>
      </p>
      <h1 id="case-title">{props.title}</h1>
      <PartialDataNotice error={props.error} />
      {props.children}
    </section>
  );
}
