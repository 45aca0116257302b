import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseUploads } from './uploads-context';
import './upload-strings';

/**
 * Away from the Reports step: how many of the case's files are still on their way, and how many
 * were chosen but not uploaded yet, with a way back to them; nothing when there are none.
 */
export function UploadsPending(props: {
  caseId: string;
  children?: ReactNode;
}): ReactElement | null {
  const { t } = useTranslation('patient');
  const { items } = useCaseUploads(props.caseId);
  const unsent = items.filter((item) => item.phase === 'ready').length;
  const underway = items.filter((item) =>
    ['queued', 'requesting', 'sending', 'completing', 'retrying'].includes(item.phase),
  ).length;
  if (unsent === 0 && underway === 0) return null;
  return (
    <div className="card notice">
      {underway > 0 && <p>{t('uploads.underway', { count: underway })}</p>}
      {unsent > 0 && <p>{t('uploads.unsent', { count: unsent })}</p>}
      {props.children}
    </div>
  );
}
