import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { GrievanceOfficerSection } from './grievance-officer-section.component';
import { PrivacyNoticeSection } from './privacy-notice-section.component';
import './privacy-strings';

/** The rights the privacy page lists (Digital Personal Data Protection Act 2023 §11–§14). */
const RIGHTS = ['access', 'correct', 'erase', 'withdraw', 'nominate', 'complain'] as const;

/**
 * Privacy and grievances (`/privacy`): the privacy notice in force with its PDF, the rights a
 * person has over their data, and the Grievance Officer's contact.
 */
export function PrivacyPage(): ReactElement {
  const { t } = useTranslation('public');
  return (
    <section className="page prose" aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('title.privacy')}</h1>
      <p className="lead">{t('privacy.intro')}</p>
      <PrivacyNoticeSection />
      <section aria-labelledby="privacy-rights-title">
        <h2 id="privacy-rights-title">{t('privacy.rightsTitle')}</h2>
        <ul>
          {RIGHTS.map((right) => (
            <li key={right}>{t(`privacy.rights.${right}`)}</li>
          ))}
        </ul>
      </section>
      <GrievanceOfficerSection />
    </section>
  );
}
