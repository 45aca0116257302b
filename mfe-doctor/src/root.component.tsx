import { AppProviders, useViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { AssignedCasesPage } from './assigned-cases-page/assigned-cases-page.component';
import './doctor-strings';

function Routed(): ReactElement {
  const { t } = useTranslation('doctor');
  const viewer = useViewer();
  if (viewer?.role !== 'SPECIALIST' || !viewer.specialistId) {
    return (
      <section className="page">
        <h1>{t('assignedCases')}</h1>
        <p>
          {t('signInNeeded')} <a href="/sign-in">{t('common:signIn')}</a>
        </p>
      </section>
    );
  }
  return (
    <Routes>
      <Route index element={<AssignedCasesPage specialistId={viewer.specialistId} />} />
      <Route path="*" element={<p>{t('common:notFound')}</p>} />
    </Routes>
  );
}

/** The doctor app: "my assigned cases" for the signed-in specialist. */
export function Root(): ReactElement {
  const { t } = useTranslation('doctor');
  return (
    <AppProviders
      basename="/doctor"
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
