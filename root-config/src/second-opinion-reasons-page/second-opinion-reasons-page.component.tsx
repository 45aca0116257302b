import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicActions } from '../public-site/public-actions.component';
import { SECOND_OPINION_REASONS } from './second-opinion-reasons';
import './second-opinion-reasons-strings';

/**
 * When to seek a second opinion (`/second-opinion-reasons`): the six reasons a patient can give
 * when asking for one (DESIGN.md §2), each explained in a sentence with a short, realistic example.
 */
export function SecondOpinionReasonsPage(): ReactElement {
  const { t } = useTranslation('public');
  return (
    <section className="page prose" aria-labelledby="reasons-title">
      <h1 id="reasons-title">{t('title.reasons')}</h1>
      <p className="lead">{t('reasons.intro')}</p>
      <ul className="card-list reasons" aria-labelledby="reasons-title">
        {SECOND_OPINION_REASONS.map((reason) => (
          <li key={reason} className="card" id={`reason-${reason.toLowerCase()}`}>
            <h2>{t(`reasons.${reason}.title`)}</h2>
            <p>{t(`reasons.${reason}.text`)}</p>
            <p className="example">
              <strong>{t('reasons.example')}</strong> {t(`reasons.${reason}.example`)}
            </p>
          </li>
        ))}
      </ul>
      <p>{t('reasons.questions')}</p>
      <PublicActions next={{ path: '/how-it-works', label: t('title.howItWorks') }} />
    </section>
  );
}
