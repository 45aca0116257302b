import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicActions } from '../public-site/public-actions.component';
import { JOURNEY_STEPS } from './journey-steps';
import './how-it-works-strings';

/**
 * How it works (`/how-it-works`): the eight steps of a second opinion (DESIGN.md §2) in plain
 * words for patients and the family members acting for them, with what the patient does and
 * what Consilium does at each, and the promise that every specialist makes contact within 48
 * hours of payment.
 */
export function HowItWorksPage(): ReactElement {
  const { t } = useTranslation('public');
  return (
    <section className="page prose" aria-labelledby="how-title">
      <h1 id="how-title">{t('title.howItWorks')}</h1>
      <p className="lead">{t('steps.intro')}</p>
      <p>{t('steps.proxies')}</p>
      <section className="promise" aria-labelledby="promise-title">
        <h2 id="promise-title">{t('steps.promiseTitle')}</h2>
        <p>{t('steps.promise')}</p>
      </section>
      <h2 id="steps-title">{t('steps.listTitle')}</h2>
      <ol className="steps" aria-labelledby="steps-title">
        {JOURNEY_STEPS.map((step, index) => (
          <li key={step} className="card" id={`step-${step}`}>
            <h3>{t('steps.stepTitle', { number: index + 1, title: t(`steps.${step}.title`) })}</h3>
            <dl className="step-roles">
              <dt>{t('steps.youDo')}</dt>
              <dd>{t(`steps.${step}.you`)}</dd>
              <dt>{t('steps.weDo')}</dt>
              <dd>{t(`steps.${step}.we`)}</dd>
            </dl>
          </li>
        ))}
      </ol>
      <PublicActions next={{ path: '/prices', label: t('steps.seePrices') }} />
    </section>
  );
}
