import { useMutation, useQuery } from '@apollo/client/react';
import { hasAnyRole, useViewer } from '@consilium/web-kit';
import { DOCUMENT_KINDS } from '@consilium/validation';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../gql/graphql';
import { DOCUMENT_LINKS, RECLASSIFY_DOCUMENT } from './case-file-queries';
import { ImageViewer } from './image-viewer.component';

/** The document being viewed, as the case file lists it. */
export interface ViewedDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  contentType: string;
}

/**
 * One report of the case file: a PDF in the browser's own viewer, a photo (upright, HEIC
 * converted) in the zoom/rotate viewer; with fresh short-lived links (read when opened), a
 * download of the original, and, for the case's GP, the kind it is filed under.
 */
export function DocumentViewer(props: {
  document: ViewedDocument;
  onClose: () => void;
}): ReactElement {
  const { t } = useTranslation('doctor');
  const viewer = useViewer();
  const heading = useRef<HTMLHeadingElement>(null);
  const { document } = props;
  const { data, loading } = useQuery(DOCUMENT_LINKS, {
    variables: { id: document.id },
    fetchPolicy: 'network-only',
  });
  const [reclassify, reclassified] = useMutation(RECLASSIFY_DOCUMENT);
  const [kind, setKind] = useState<DocumentKind>(document.kind);
  // A PDF opens with the focus on its heading; a photo's viewer takes it for its keys.
  const isPhoto = !document.contentType.startsWith('application/pdf');
  useEffect(() => {
    if (!isPhoto) heading.current?.focus();
  }, [document.id, isPhoto]);

  const links = data?.document;
  const isPdf = document.contentType === 'application/pdf';
  const imageSrc = links?.previewUrl ?? links?.viewUrl ?? null;
  let body: ReactElement;
  if (!links) {
    body = <p role="status">{loading ? t('viewer.loading') : t('viewer.unavailable')}</p>;
  } else if (isPdf && links.viewUrl) {
    body = (
      <object
        data={links.viewUrl}
        type="application/pdf"
        aria-label={document.title}
        className="pdf-viewer"
        style={{ width: '100%', height: '75vh' }}
      >
        <p>
          {t('viewer.pdfFallback')}{' '}
          <a href={links.viewUrl} target="_blank" rel="noreferrer">
            {t('viewer.openTab')}
          </a>
        </p>
      </object>
    );
  } else if (imageSrc) {
    body = <ImageViewer src={imageSrc} alt={document.title} />;
  } else {
    body = <p role="status">{t('viewer.unavailable')}</p>;
  }

  return (
    <section
      className="card document-viewer"
      aria-labelledby="viewer-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <h3 id="viewer-title" ref={heading} tabIndex={-1}>
        {t('viewer.title', { title: document.title })}
      </h3>
      <p>
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('viewer.close')}
        </button>{' '}
        {links?.downloadUrl && (
          <a href={links.downloadUrl} download>
            {t('viewer.download')}
          </a>
        )}{' '}
        {links?.viewUrl && (
          <a href={links.viewUrl} target="_blank" rel="noreferrer">
            {t('viewer.openTab')}
          </a>
        )}
      </p>
      {hasAnyRole(viewer, ['GP', 'OPERATIONS']) && (
        <p>
          <label>
            {t('viewer.kind')}{' '}
            <select
              value={kind}
              onChange={(event) => {
                const next = event.target.value as DocumentKind;
                setKind(next);
                void reclassify({ variables: { id: document.id, kind: next } });
              }}
            >
              {DOCUMENT_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`common:documentKind.${option}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          {reclassified.data && (
            <span role="status">
              {t('viewer.reclassified', {
                kind: t(`common:documentKind.${reclassified.data.changeDocument.kind}`),
              })}
            </span>
          )}
        </p>
      )}
      {body}
    </section>
  );
}
