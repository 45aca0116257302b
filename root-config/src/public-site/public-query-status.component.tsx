import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicQueryState } from './use-public-query';

/**
 * What a public page shows in place of its data while it loads ("Loading…", a polite status) or
 * when it could not be loaded (an alert with a button to try again); nothing once it has come.
 */
export function PublicQueryStatus(props: {
  state: PublicQueryState<unknown>;
  onRetry: () => void;
}): ReactElement | null {
  const { t } = useTranslation('public');
  if (props.state.status === 'loading') {
    return (
      <p role="status" className="loading">
        {t('loading')}
      </p>
    );
  }
  if (props.state.status === 'failed') {
    return (
      <div role="alert" className="error">
        <p>{t('loadFailed')}</p>
        <button type="button" onClick={props.onRetry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return null;
}
