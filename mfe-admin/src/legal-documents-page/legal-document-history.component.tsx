import { formatDateTime, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';

export const LEGAL_DOCUMENT_HISTORY_ROW = graphql(`
  fragment LegalDocumentHistoryRow on LegalDocument {
    id
    version
    effectiveFrom
    sha256
    pdfPath
  }
`);

/**
 * Every published version of one document, newest first: in force, scheduled (takes effect
 * later) or replaced, with its hash and PDF.
 */
export function LegalDocumentHistory(props: {
  data: readonly FragmentType<typeof LEGAL_DOCUMENT_HISTORY_ROW>[];
  currentId: string;
  idPrefix: string;
  /** e.g. E-consent, in the viewer's language */
  documentName: string;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const rows = useFragment(LEGAL_DOCUMENT_HISTORY_ROW, props.data);
  const headingId = `${props.idPrefix}-history-title`;
  const now = Date.now();
  const status = (row: (typeof rows)[number]): string =>
    row.id === props.currentId
      ? t('legal.status.current')
      : new Date(row.effectiveFrom).getTime() > now
        ? t('legal.status.scheduled')
        : t('legal.status.earlier');
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('legal.history')}</h3>
      <TableRegion labelledBy={headingId}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('legal.version')}</th>
              <th scope="col">{t('legal.effectiveFrom')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('legal.sha256')}</th>
              <th scope="col">PDF</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.version}</th>
                <td>{formatDateTime(row.effectiveFrom, i18n.language)}</td>
                <td>{status(row)}</td>
                <td>
                  <code className="hash">{row.sha256}</code>
                </td>
                <td>
                  <a href={row.pdfPath} type="application/pdf">
                    {t('legal.pdfOf', { document: props.documentName, version: row.version })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
