import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../form-parts/field-problems';
import { UploadItemRow } from './upload-item.component';
import type { UploadNotice } from './upload-queue';
import { troubleText } from './upload-text';
import { useCaseUploads } from './uploads-context';
import './upload-strings';

/** What the live region says about the latest thing that happened to a file. */
function noticeText(notice: UploadNotice, t: Translate, language: string): string {
  const { item } = notice;
  const parts = [t(`uploads.notice.${notice.event}`, { name: item.fileName })];
  if (item.trouble) parts.push(troubleText(item.trouble, t, language).text);
  if (item.uploaded?.tooBlurred) parts.push(t('documents.blurred'));
  if (item.uploaded?.tooDark) parts.push(t('documents.dark'));
  return parts.join(' ');
}

/**
 * The files chosen for a case and how far each got, with "Upload" for those waiting (a file
 * without a kind is marked and gets focus) and a polite live region saying when one is uploaded,
 * refused, not sent or cancelled.
 */
export function UploadList(props: { caseId: string }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { items, notice, queue } = useCaseUploads(props.caseId);
  const ready = items.filter((item) => item.phase === 'ready').length;
  const done = items.filter((item) => item.phase === 'done').length;
  const send = (): void => {
    const [missing] = queue.start(props.caseId);
    if (missing) document.getElementById(`${missing}-kind`)?.focus();
  };
  return (
    <>
      <p role="status" className="visually-hidden">
        {notice ? noticeText(notice, t, i18n.language) : ''}
      </p>
      {items.length > 0 && (
        <section aria-labelledby="uploads-chosen-title" className="uploads-chosen">
          <h4 id="uploads-chosen-title">{t('uploads.chosenTitle')}</h4>
          <ul className="upload-list">
            {items.map((item) => (
              <UploadItemRow key={item.id} item={item} queue={queue} />
            ))}
          </ul>
          <p className="toolbar">
            {ready > 0 && (
              <button type="button" onClick={send}>
                {t('uploads.send', { count: ready })}
              </button>
            )}
            {done > 0 && (
              <button
                type="button"
                className="secondary"
                onClick={() => queue.clearDone(props.caseId)}
              >
                {t('uploads.clearDone')}
              </button>
            )}
          </p>
        </section>
      )}
    </>
  );
}
