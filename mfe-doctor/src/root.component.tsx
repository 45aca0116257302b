import { AppProviders, RequireViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { AssignedCasesPage } from './assigned-cases-page/assigned-cases-page.component';
import { CasePage } from './case-page/case-page.component';
import { GpSummariesPage } from './case-summary/gp-summaries-page.component';
import './doctor-strings';

/** The doctor app: "my assigned cases" for the signed-in specialist (or GP). */
export function Root(): ReactElement {
  const { t } = useTranslation('doctor');
  return (
    <AppProviders basename="/doctor" errorMessage={t('appError')}>
      <RequireViewer
        roles={['SPECIALIST', 'GP']}
        title={t('assignedCases')}
        message={t('signInNeeded')}
      >
        {(viewer) => (
          <Routes>
            <Route
              index
              element={
                viewer.specialistId ? (
                  <AssignedCasesPage specialistId={viewer.specialistId} />
                ) : viewer.roles.includes('GP') ? (
                  <GpSummariesPage />
                ) : (
                  <section className="page" aria-labelledby="assigned-title">
                    <h1 id="assigned-title">{t('assignedCases')}</h1>
                    <p>{t('noSpecialistProfile')}</p>
                  </section>
                )
              }
            />
            <Route path="cases/:caseId" element={<CasePage />} />
            <Route path="*" element={<p>{t('common:notFound')}</p>} />
          </Routes>
        )}
      </RequireViewer>
    </AppProviders>
  );
}
