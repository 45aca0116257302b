import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateOnClick } from '../auth-form/auth-navigation';
import { PublicQueryStatus } from '../public-site/public-query-status.component';
import { usePublicQuery } from '../public-site/use-public-query';
import { SpecialistPreviewCard } from './specialist-preview-card.component';
import { SPECIALISTS_PREVIEW_QUERY, type SpecialistsPreview } from './specialists-query';
import './specialists-strings';

/**
 * Our specialists (`/specialists`): a preview of the directory, a few verified specialists read
 * through the gateway without signing in, and "Choose your doctors", which leads to sign-up (the
 * whole directory, with consulting hours, is in the patient app).
 */
export function SpecialistsPage(): ReactElement {
  const { t } = useTranslation('public');
  const { state, retry } = usePublicQuery<SpecialistsPreview>(SPECIALISTS_PREVIEW_QUERY);
  const doctors = state.status === 'ready' ? state.data.specialists.edges.map((e) => e.node) : [];
  return (
    <section className="page" aria-labelledby="specialists-title">
      <h1 id="specialists-title">{t('title.specialists')}</h1>
      <p className="lead prose">{t('doctors.intro')}</p>
      <PublicQueryStatus state={state} onRetry={retry} />
      {state.status === 'ready' &&
        (doctors.length > 0 ? (
          <ul className="card-list specialist-grid" aria-labelledby="specialists-title">
            {doctors.map((doctor) => (
              <li key={doctor.id}>
                <SpecialistPreviewCard doctor={doctor} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('doctors.none')}</p>
        ))}
      <p className="prose">{t('doctors.chooseHint')}</p>
      <p>
        <a className="button-link" href="/sign-up" onClick={navigateOnClick('/sign-up')}>
          {t('doctors.choose')}
        </a>
      </p>
    </section>
  );
}
