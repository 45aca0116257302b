import { DEFAULT_TIME_ZONE, LegalText, localeOf } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicQueryStatus } from '../public-site/public-query-status.component';
import { usePublicQuery } from '../public-site/use-public-query';
import { PRIVACY_NOTICE_QUERY, type PrivacyNotice } from './privacy-notice-query';

/**
 * The privacy notice in force, from the gateway: its version and date, a link to its PDF (served
 * by patient-intake at `/legal-documents/privacy-notice/<version>.pdf`), and its full text in the
 * viewer's language behind "Read it here".
 */
export function PrivacyNoticeSection(): ReactElement {
  const { t, i18n } = useTranslation('public');
  const { state, retry } = usePublicQuery<PrivacyNotice>(PRIVACY_NOTICE_QUERY);
  const notice = state.status === 'ready' ? state.data.currentLegalDocument : null;
  const hindi = i18n.language === 'hi';
  return (
    <section aria-labelledby="privacy-notice-title">
      <h2 id="privacy-notice-title">{t('privacy.noticeTitle')}</h2>
      <PublicQueryStatus state={state} onRetry={retry} />
      {notice && (
        <>
          <p>
            {t('privacy.noticeInForce', {
              version: notice.version,
              date: new Intl.DateTimeFormat(localeOf(i18n.language), {
                dateStyle: 'long',
                timeZone: DEFAULT_TIME_ZONE,
              }).format(new Date(notice.effectiveFrom)),
            })}
          </p>
          {notice.pdfPath.startsWith('/legal-documents/') && (
            <p>
              <a href={notice.pdfPath} type="application/pdf">
                {t('privacy.noticePdf', { version: notice.version })}
              </a>
            </p>
          )}
          <details className="legal-document">
            <summary>{t('privacy.readHere')}</summary>
            <div className="legal-text">
              <LegalText body={hindi ? notice.bodyHi : notice.bodyEn} headingLevel={3} />
            </div>
          </details>
        </>
      )}
    </section>
  );
}
