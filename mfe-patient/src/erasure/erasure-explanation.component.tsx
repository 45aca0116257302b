import { useQuery } from '@apollo/client/react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_SCHEDULE } from './erasure-queries';
import './erasure-strings';

/** The periods the page shows when the schedule cannot be read (the same as the API's). */
const DEFAULT_YEARS = { CONSULTATION_RECORDS: 3, ACCESS_LOGS: 1 } as const;

/**
 * What an erasure destroys at once, what it keeps sealed (from the API's retention schedule:
 * how long, and the law that says so) and what it does not touch, before the patient asks.
 */
export function ErasureExplanation(): ReactElement {
  const { t } = useTranslation('patient');
  const { data } = useQuery(RETENTION_SCHEDULE);
  const schedule =
    data?.retentionSchedule ??
    Object.entries(DEFAULT_YEARS).map(([category, years]) => ({
      category: category as keyof typeof DEFAULT_YEARS,
      years,
      source: null,
    }));
  return (
    <section aria-labelledby="erasure-explain-title" className="card">
      <h2 id="erasure-explain-title">{t('erasure.explainTitle')}</h2>
      <p>{t('erasure.explainIntro')}</p>
      <h3>{t('erasure.destroyedTitle')}</h3>
      <ul>
        <li>{t('erasure.destroyed.reports')}</li>
        <li>{t('erasure.destroyed.keys')}</li>
        <li>{t('erasure.destroyed.uploads')}</li>
        <li>{t('erasure.destroyed.links')}</li>
        <li>{t('erasure.destroyed.history')}</li>
        <li>{t('erasure.destroyed.details')}</li>
      </ul>
      <h3>{t('erasure.keptTitle')}</h3>
      <p>{t('erasure.keptIntro')}</p>
      <ul>
        {schedule.map((rule) => (
          <li key={rule.category}>
            {t(`erasure.kept.${rule.category}`, { years: rule.years })}
            {rule.source ? (
              <>
                {' '}
                <span className="muted">{t('erasure.source', { source: rule.source })}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>{t('erasure.notErasedTitle')}</h3>
      <ul>
        <li>{t('erasure.notErased.account')}</li>
        <li>{t('erasure.notErased.cases')}</li>
      </ul>
      <p>{t('erasure.underWay')}</p>
    </section>
  );
}
