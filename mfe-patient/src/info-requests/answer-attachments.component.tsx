import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadList } from '../report-uploads/upload-list.component';
import { UploadPicker } from '../report-uploads/upload-picker.component';
import type { UploadItem } from '../report-uploads/upload-queue';
import './info-request-strings';

/**
 * Reports to send with an answer, through the app's report uploads (signed upload links to
 * records): the file chooser, the files chosen with their kind and progress, and the reports
 * that will go with the answer.
 * @param props.caseId - the case the reports are added to
 * @param props.items - the files chosen while this answer is being written
 */
export function AnswerAttachments(props: {
  caseId: string;
  items: readonly UploadItem[];
}): ReactElement {
  const { t } = useTranslation('patient');
  const attached = props.items.filter((item) => item.phase === 'done' && item.uploaded);
  return (
    <fieldset className="uploads">
      <legend>{t('infoRequests.attachLegend')}</legend>
      <p className="hint">{t('infoRequests.attachHint')}</p>
      <UploadPicker caseId={props.caseId} />
      <UploadList caseId={props.caseId} />
      {attached.length > 0 && (
        <>
          <p id="answer-attached-title">{t('infoRequests.attached', { count: attached.length })}</p>
          <ul aria-labelledby="answer-attached-title">
            {attached.map((item) => (
              <li key={item.id}>{item.fileName}</li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
