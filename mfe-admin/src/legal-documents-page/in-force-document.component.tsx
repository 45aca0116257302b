import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';

export const IN_FORCE_DOCUMENT = graphql(`
  fragment InForceDocument on LegalDocument {
    version
    effectiveFrom
    titleEn
    titleHi
    sha256
    pdfPath
  }
`);

/** The version of a document in force now: titles, version, since when, hash and its PDF. */
export function InForceDocument(props: {
  data: FragmentType<typeof IN_FORCE_DOCUMENT>;
  /** for the heading's id */
  idPrefix: string;
  /** e.g. E-consent, in the viewer's language */
  documentName: string;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const doc = useFragment(IN_FORCE_DOCUMENT, props.data);
  const headingId = `${props.idPrefix}-in-force-title`;
  return (
    <section aria-labelledby={headingId} className="card legal-document">
      <h3 id={headingId}>{t('legal.inForce')}</h3>
      <dl className="facts">
        <dt>{t('legal.version')}</dt>
        <dd>{doc.version}</dd>
        <dt>{t('legal.effectiveFrom')}</dt>
        <dd>{formatDateTime(doc.effectiveFrom, i18n.language)}</dd>
        <dt>{t('legal.titleEn')}</dt>
        <dd lang="en">{doc.titleEn}</dd>
        <dt>{t('legal.titleHi')}</dt>
        <dd lang="hi">{doc.titleHi}</dd>
        <dt>{t('legal.sha256')}</dt>
        <dd>
          <code className="hash">{doc.sha256}</code>
        </dd>
      </dl>
      <p>
        <a href={doc.pdfPath} type="application/pdf">
          {t('legal.pdfOf', { document: props.documentName, version: doc.version })}
        </a>
      </p>
    </section>
  );
}
