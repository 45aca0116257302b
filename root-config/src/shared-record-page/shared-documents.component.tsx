import { formatDateTime, formatFileSize, TableRegion } from '@consilium/web-kit';
import type { MouseEvent, ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type SharedDocument } from './shared-record-api';
import './shared-record-strings';

/**
 * The shared reports: each one's name (as text, in whatever script it was given), kind, size and
 * date, with a download link. `onDownload` may take over a click (to fetch a fresh link first).
 */
export function SharedDocuments(props: {
  documents: readonly SharedDocument[];
  onDownload: (event: MouseEvent<HTMLAnchorElement>, document: SharedDocument) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('shared');
  if (props.documents.length === 0) return <p>{t('noDocuments')}</p>;
  return (
    <TableRegion labelledBy="shared-documents-title">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('size')}</th>
            <th scope="col">{t('added')}</th>
            <th scope="col">{t('download')}</th>
          </tr>
        </thead>
        <tbody>
          {props.documents.map((document) => (
            <tr key={document.id}>
              <th scope="row" className="document-name">
                <bdi>{document.title}</bdi>
              </th>
              <td>
                {(DOCUMENT_KINDS as readonly string[]).includes(document.kind)
                  ? t(`common:documentKind.${document.kind}`)
                  : t('common:documentKind.OTHER')}
              </td>
              <td>{formatFileSize(document.size, i18n.language)}</td>
              <td>{document.createdAt ? formatDateTime(document.createdAt, i18n.language) : ''}</td>
              <td>
                {document.downloadUrl ? (
                  <a
                    href={document.downloadUrl}
                    onClick={(event) => props.onDownload(event, document)}
                  >
                    {t('download')}
                    <span className="visually-hidden">
                      {' '}
                      <bdi>{document.title}</bdi>
                    </span>
                  </a>
                ) : (
                  t('notAvailable')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
