import { AppProviders, RequireViewer, type Viewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ActingForPicker } from './acting-for/acting-for-picker.component';
import { useActingFor } from './acting-for/acting-for';
import { MyCasesPage } from './my-cases-page/my-cases-page.component';
import './patient-strings';

/** The app's pages for one patient, with the "Acting for" picker when there are several. */
function PatientRoutes({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [patientId, choose] = useActingFor(viewer);
  if (!patientId) {
    return (
      <section className="page" aria-labelledby="my-cases-title">
        <h1 id="my-cases-title">{t('myCases')}</h1>
        <p>{viewer.roles.includes('PATIENT') ? t('noRecordYet') : t('actingForNobody')}</p>
      </section>
    );
  }
  return (
    <>
      {viewer.patientIds.length > 1 && (
        <ActingForPicker patientIds={viewer.patientIds} value={patientId} onChange={choose} />
      )}
      <Routes>
        <Route index element={<MyCasesPage patientId={patientId} viewer={viewer} />} />
        <Route path="*" element={<p>{t('common:notFound')}</p>} />
      </Routes>
    </>
  );
}

/** The patient app: "my cases" for the signed-in patient, or the patient a proxy acts for. */
export function Root(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <AppProviders basename="/patient" errorMessage={t('appError')}>
      <RequireViewer roles={['PATIENT', 'PROXY']} title={t('myCases')} message={t('signInNeeded')}>
        {(viewer) => <PatientRoutes viewer={viewer} />}
      </RequireViewer>
    </AppProviders>
  );
}
