import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './use-draft-saver';

/**
 * "Saved", "Saving…", or why not: a polite status under the step; after a failure, an alert
 * with when it is tried again and a button to try now.
 */
export function SaveStatusLine(props: { status: SaveStatus; onRetry: () => void }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { status } = props;
  if (status.kind === 'failed') {
    return (
      <div role="alert" className="error save-status">
        <p>
          {status.refused ? t('wizard.saveRefused') : t('wizard.saveFailed')}{' '}
          {t('wizard.retryIn', { seconds: Math.round(status.retryInMs / 1000) })}
        </p>
        <button type="button" className="secondary" onClick={props.onRetry}>
          {t('wizard.retryNow')}
        </button>
      </div>
    );
  }
  const text =
    status.kind === 'saving'
      ? t('wizard.saving')
      : status.kind === 'pending'
        ? t('wizard.pending')
        : status.kind === 'invalid'
          ? t('wizard.invalid')
          : status.kind === 'saved'
            ? status.at
              ? t('wizard.savedAt', { time: formatDateTime(status.at, i18n.language) })
              : t('wizard.saved')
            : '';
  return (
    <p role="status" className="save-status muted">
      {text}
    </p>
  );
}
