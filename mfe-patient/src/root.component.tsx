import { AppProviders, RequireViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { MyCasesPage } from './my-cases-page/my-cases-page.component';
import './patient-strings';

/** The patient app: "my cases" for the signed-in patient. */
export function Root(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <AppProviders basename="/patient" errorMessage={t('appError')}>
      <RequireViewer role="PATIENT" title={t('myCases')} message={t('signInNeeded')}>
        {(viewer) => (
          <Routes>
            <Route index element={<MyCasesPage patientId={viewer.patientId ?? ''} />} />
            <Route path="*" element={<p>{t('common:notFound')}</p>} />
          </Routes>
        )}
      </RequireViewer>
    </AppProviders>
  );
}
