import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import { DocumentActions } from './document-actions.component';
import { formatFileSize } from './upload-text';
import './upload-strings';
import '../required-reports/required-reports-strings';

export const UPLOADED_DOCUMENT = graphql(`
  fragment UploadedDocument on Document {
    id
    title
    kind
    contentType
    size
    thumbnailUrl
    previewUrl
    downloadUrl
    photoQuality {
      tooBlurred
      tooDark
    }
  }
`);

/**
 * One uploaded report: its thumbnail (photos), its name as the user gave it (any script), kind,
 * type and size, a warning when the photo is too blurred or too dark to read, and a link to view
 * it (the upright preview of a photo; the file itself otherwise).
 */
export function UploadedDocument(props: {
  data: FragmentType<typeof UPLOADED_DOCUMENT>;
  /** offer rename, refile and remove (until the case is consented) */
  editable?: boolean;
  /** after a change or removal */
  onChanged?: () => void;
}): ReactElement {
  const found = useFragment(UPLOADED_DOCUMENT, props.data);
  const { t, i18n } = useTranslation('patient');
  const photo = found.contentType.startsWith('image/');
  const titleId = `document-${found.id}-title`;
  return (
    <li className="document-row" aria-labelledby={titleId}>
      {found.thumbnailUrl ? (
        <img className="document-thumbnail" src={found.thumbnailUrl} alt="" />
      ) : (
        <span className="document-thumbnail document-icon" aria-hidden="true">
          {photo ? t('documents.photo') : t('documents.pdf')}
        </span>
      )}
      <div className="document-facts">
        <p className="document-title" id={titleId} dir="auto">
          {found.title}
        </p>
        <p className="muted">
          {t(`common:documentKind.${found.kind}`)} ·{' '}
          {photo ? t('documents.photo') : t('documents.pdf')} ·{' '}
          {formatFileSize(found.size, i18n.language)}
        </p>
        {found.photoQuality?.tooBlurred && (
          <p className="photo-warning">
            <span aria-hidden="true">⚠ </span>
            {t('documents.blurred')}
          </p>
        )}
        {found.photoQuality?.tooDark && (
          <p className="photo-warning">
            <span aria-hidden="true">⚠ </span>
            {t('documents.dark')}
          </p>
        )}
        {found.previewUrl ? (
          <a href={found.previewUrl} target="_blank" rel="noopener noreferrer">
            {t('documents.view')}
            <span className="visually-hidden">
              {' '}
              {found.title} {t('documents.newTab')}
            </span>
          </a>
        ) : found.downloadUrl ? (
          <a href={found.downloadUrl} download>
            {t('documents.download')}
            <span className="visually-hidden"> {found.title}</span>
          </a>
        ) : null}
        {props.editable && (
          <DocumentActions
            id={found.id}
            title={found.title}
            kind={found.kind}
            onChanged={() => props.onChanged?.()}
          />
        )}
      </div>
    </li>
  );
}
