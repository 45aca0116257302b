import { DOCUMENT_KINDS, type DocumentKind } from '@consilium/validation';
import { FieldError, localeOf } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TRIES, type UploadItem, type UploadQueue } from './upload-queue';
import { formatFileSize, troubleText } from './upload-text';
import './upload-strings';
import '../required-reports/required-reports-strings';

/** Phases with a progress bar. */
const SHOWS_PROGRESS = new Set(['queued', 'requesting', 'sending', 'completing', 'done']);
/** Phases a file can still be stopped in (not once the records service is reading it). */
const CANCELLABLE = new Set(['queued', 'requesting', 'sending', 'retrying']);
/** Phases a file can be taken off the list in. */
const REMOVABLE = new Set(['ready', 'refused', 'failed']);

/** The kind of a file waiting to be sent: a labelled select, with an error when none was chosen. */
function KindField(props: { item: UploadItem; queue: UploadQueue }): ReactElement {
  const { t } = useTranslation('patient');
  const { item } = props;
  const id = `${item.id}-kind`;
  return (
    <div className={item.kindMissing ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {t('uploads.kind')}
        <span className="visually-hidden">: {item.fileName}</span>
      </label>
      {item.kindMissing && <FieldError id={`${id}-error`} message={t('uploads.kindMissing')} />}
      <select
        id={id}
        value={item.kind ?? ''}
        aria-invalid={item.kindMissing || undefined}
        aria-describedby={item.kindMissing ? `${id}-error` : undefined}
        onChange={(event) =>
          props.queue.setKind(item.id, (event.target.value || null) as DocumentKind | null)
        }
      >
        <option value="">{t('uploads.kindChoose')}</option>
        {DOCUMENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`common:documentKind.${kind}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * One chosen file: its name and size; while waiting, its kind; on its way, a labelled progress
 * bar with the percentage and what is happening; when refused or not sent, why; and what can be
 * done (remove, cancel, try again).
 */
export function UploadItemRow(props: { item: UploadItem; queue: UploadQueue }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { item, queue } = props;
  const nameId = `${item.id}-name`;
  const hiddenName = <span className="visually-hidden"> {item.fileName}</span>;
  const trouble = item.trouble && troubleText(item.trouble, t, i18n.language);
  const actions: ReactElement[] = [];
  if (item.phase === 'failed') {
    actions.push(
      <button key="retry" type="button" onClick={() => queue.retry(item.id)}>
        {t('uploads.tryAgain')}
        {hiddenName}
      </button>,
    );
  }
  if (CANCELLABLE.has(item.phase)) {
    actions.push(
      <button
        key="cancel"
        type="button"
        className="secondary"
        onClick={() => queue.cancel(item.id)}
      >
        {t('uploads.cancel')}
        {hiddenName}
      </button>,
    );
  }
  if (REMOVABLE.has(item.phase)) {
    actions.push(
      <button
        key="remove"
        type="button"
        className="secondary"
        onClick={() => queue.remove(item.id)}
      >
        {t('uploads.remove')}
        {hiddenName}
      </button>,
    );
  }
  return (
    <li className="upload-row" aria-labelledby={nameId}>
      <p className="document-title" id={nameId} dir="auto">
        {item.fileName}
      </p>
      <p className="muted">
        {formatFileSize(item.file.size, i18n.language)}
        {item.kind && ` · ${t(`common:documentKind.${item.kind}`)}`}
      </p>
      {item.phase === 'ready' && <KindField item={item} queue={queue} />}
      {SHOWS_PROGRESS.has(item.phase) && (
        <p className="upload-progress">
          <progress
            id={`${item.id}-progress`}
            max={100}
            value={Math.round(item.progress * 100)}
            aria-label={t('uploads.progressLabel', { name: item.fileName })}
          />{' '}
          <span>
            {new Intl.NumberFormat(localeOf(i18n.language), { style: 'percent' }).format(
              item.progress,
            )}
          </span>{' '}
          <span className={item.phase === 'done' ? 'badge ok' : 'muted'}>
            {item.phase === 'done' && '✓ '}
            {t(`uploads.phase.${item.phase}`)}
          </span>
        </p>
      )}
      {item.phase === 'retrying' && (
        <p className="muted">
          {t('uploads.retrying', {
            seconds: Math.max(1, Math.round(((item.retryAt ?? Date.now()) - Date.now()) / 1000)),
            attempt: item.attempt + 1,
            max: MAX_TRIES,
          })}
        </p>
      )}
      {trouble && (
        <p className="field-error">
          {item.phase === 'refused' && <>{t('uploads.refused')} </>}
          {trouble.text}
          {trouble.english && (
            <>
              {' '}
              (<span lang="en">{trouble.english}</span>)
            </>
          )}
        </p>
      )}
      {actions.length > 0 && <p className="toolbar">{actions}</p>}
    </li>
  );
}
