import type { Language } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { GRIEVANCE_OFFICER } from './grievance-officer';

/**
 * Whom to complain to (GRIEVANCE_OFFICER): the officer's title and company, email, postal
 * address and how soon they answer, and that an unresolved complaint may go to the Data
 * Protection Board of India.
 */
export function GrievanceOfficerSection(): ReactElement {
  const { t, i18n } = useTranslation('public');
  const language: Language = i18n.language === 'hi' ? 'hi' : 'en';
  const officer = GRIEVANCE_OFFICER;
  return (
    <section aria-labelledby="grievance-title">
      <h2 id="grievance-title">{t('privacy.grievanceTitle')}</h2>
      <p>{t('privacy.grievanceIntro')}</p>
      <dl className="facts grievance-contact">
        <dt>{t('privacy.officer')}</dt>
        <dd>
          {officer.title[language]}, {officer.organisation[language]}
        </dd>
        <dt>{t('privacy.email')}</dt>
        <dd>
          <a href={`mailto:${officer.email}`}>{officer.email}</a>
        </dd>
        <dt>{t('privacy.address')}</dt>
        <dd>{officer.postalAddress[language]}</dd>
        <dt>{t('privacy.responseTime')}</dt>
        <dd>
          {t('privacy.responseValue', {
            hours: officer.acknowledgeWithinHours,
            days: officer.answerWithinDays,
          })}
        </dd>
      </dl>
      <p>{t('privacy.board')}</p>
    </section>
  );
}
