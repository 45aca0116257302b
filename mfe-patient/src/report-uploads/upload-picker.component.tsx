import { useState, type ChangeEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseUploads } from './uploads-context';
import './upload-strings';

/**
 * What the file chooser offers: PDFs and images by name and by type (phones often give HEIC with
 * no type at all); other images are refused in the browser with the records service's sentence.
 */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/*';

/** Whether the device is used by touch (a phone or tablet), where a camera can be offered. */
function touchDevice(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

/**
 * Choosing report files for a case (several at once), and on a phone taking a photo with the
 * camera; each chosen file joins the case's uploads, and focus moves to the kind of the first.
 */
export function UploadPicker(props: { caseId: string }): ReactElement {
  const { t } = useTranslation('patient');
  const { queue } = useCaseUploads(props.caseId);
  const [camera] = useState(touchDevice);
  const choose = (event: ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // the same file can be chosen again (e.g. after "Remove")
    input.value = '';
    if (files.length === 0) return;
    const added = queue.add(props.caseId, files);
    const first = added.find((item) => item.phase === 'ready');
    if (first) requestAnimationFrame(() => document.getElementById(`${first.id}-kind`)?.focus());
  };
  return (
    <div className="upload-picker">
      <div className="field">
        <label htmlFor="upload-files">{t('uploads.chooseFiles')}</label>
        <p id="upload-files-hint" className="hint">
          {t('uploads.chooseFilesHint')}
        </p>
        <input
          id="upload-files"
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          aria-describedby="upload-files-hint"
          onChange={choose}
        />
      </div>
      {camera && (
        <div className="field">
          <label htmlFor="upload-camera">{t('uploads.takePhoto')}</label>
          <input
            id="upload-camera"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={choose}
          />
        </div>
      )}
    </div>
  );
}
