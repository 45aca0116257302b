import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { LegalDocumentSection } from './legal-document-section.component';
import './legal-document-strings';

/**
 * "Consent and privacy documents": for the e-consent and the privacy notice, the version in
 * force, every published version (hash, PDF) and publishing a new one.
 */
export function LegalDocumentsPage(): ReactElement {
  const { t } = useTranslation('admin');
  return (
    <section aria-labelledby="legal-title" className="page">
      <h1 id="legal-title">{t('legalDocuments')}</h1>
      <p className="muted">{t('legal.intro')}</p>
      <LegalDocumentSection kind="CONSENT" />
      <LegalDocumentSection kind="PRIVACY_NOTICE" />
    </section>
  );
}
