import { formatDateTime, LegalText } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment, type FragmentType } from '../gql';
import { LEGAL_DOCUMENT_FIELDS } from './consent-queries';

/**
 * One legal document (the consent, or the privacy notice) in English or Hindi: its title, text,
 * version, effective date, SHA-256 of the exact version, and a link to its PDF.
 */
export function LegalDocumentView(props: {
  data: FragmentType<typeof LEGAL_DOCUMENT_FIELDS>;
  language: 'en' | 'hi';
  id: string;
}): ReactElement {
  const found = useFragment(LEGAL_DOCUMENT_FIELDS, props.data);
  const { t, i18n } = useTranslation('patient');
  const title = props.language === 'hi' ? found.titleHi : found.titleEn;
  const body = props.language === 'hi' ? found.bodyHi : found.bodyEn;
  return (
    <article
      aria-labelledby={`${props.id}-title`}
      className="card legal-document"
      lang={props.language}
    >
      <h2 id={`${props.id}-title`}>{title}</h2>
      <dl className="facts" lang={i18n.language}>
        <dt>{t('consent.version')}</dt>
        <dd>{found.version}</dd>
        <dt>{t('consent.effective')}</dt>
        <dd>{formatDateTime(found.effectiveFrom, i18n.language)}</dd>
        <dt>{t('consent.sha256')}</dt>
        <dd>
          <code className="hash">{found.sha256}</code>
        </dd>
      </dl>
      <p lang={i18n.language}>
        <a href={found.pdfPath} download type="application/pdf">
          {t('consent.downloadPdf', { title })}
        </a>
      </p>
      <div className="legal-body" tabIndex={0} role="region" aria-label={title}>
        <LegalText body={body} headingLevel={3} />
      </div>
    </article>
  );
}
