import { UPLOAD_LIMITS, uploadMegabytes } from '@consilium/validation';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseDocuments } from './case-documents.component';
import { UploadList } from './upload-list.component';
import { UploadPicker } from './upload-picker.component';
import './upload-strings';

/**
 * Adding reports to a case (issue 7): what is accepted and how to take a readable photo, the
 * file chooser (and camera on a phone), the files chosen with their kind and progress, and the
 * reports already uploaded. Headings at level 3, for inside a wizard step.
 */
export function ReportUploads(props: { caseId: string }): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <section aria-labelledby="uploads-title" className="uploads">
        <h3 id="uploads-title">{t('uploads.title')}</h3>
        <p className="hint">
          {t('uploads.intro', { max: uploadMegabytes(UPLOAD_LIMITS.maxFileBytes) })}
        </p>
        <p className="hint">{t('uploads.photoTips')}</p>
        <UploadPicker caseId={props.caseId} />
        <UploadList caseId={props.caseId} />
      </section>
      <CaseDocuments caseId={props.caseId} headingLevel={3} />
    </>
  );
}
