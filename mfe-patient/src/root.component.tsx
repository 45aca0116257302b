import { AppProviders, useViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { MyCasesPage } from './my-cases-page/my-cases-page.component';
import './patient-strings';

function Routed(): ReactElement {
  const { t } = useTranslation('patient');
  const viewer = useViewer();
  if (viewer?.role !== 'PATIENT' || !viewer.patientId) {
    return (
      <section className="page">
        <h1>{t('myCases')}</h1>
        <p>
          {t('signInNeeded')} <a href="/sign-in">{t('common:signIn')}</a>
        </p>
      </section>
    );
  }
  return (
    <Routes>
      <Route index element={<MyCasesPage patientId={viewer.patientId} />} />
      <Route path="*" element={<p>{t('common:notFound')}</p>} />
    </Routes>
  );
}

/** The patient app: "my cases" for the signed-in patient. */
export function Root(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <AppProviders
      basename="/patient"
      errorFallback={
        <p role="alert" className="error">
          {t('appError')}
        </p>
      }
    >
      <Routed />
    </AppProviders>
  );
}
