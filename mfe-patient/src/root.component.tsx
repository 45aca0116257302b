import { AppProviders, RequireViewer, type Viewer } from '@consilium/web-kit';
import { Suspense, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes } from 'react-router';
import {
  AccessLogPage,
  CasePage,
  CheckoutPage,
  ConsentPage,
  ConsultationPage,
  ErasurePage,
  IntakeWizardPage,
  OpinionsPage,
  PanelBuilderPage,
  ProxiesPage,
  ReferralClaimPage,
  RegisterDependentPage,
  RegistrationPage,
  SandboxCheckoutPage,
  SharingPage,
  SpecialistDirectoryPage,
  SpecialistProfilePage,
  StartCasePage,
} from './lazy-pages';
import { ActingForPicker } from './acting-for/acting-for-picker.component';
import { useActingFor } from './acting-for/acting-for';
import { MyCasesPage } from './my-cases-page/my-cases-page.component';
import { UploadsProvider } from './report-uploads/uploads-context';
import './patient-strings-all';

/** "My cases" for one patient, with the "Acting for" picker when there are several. */
function CasesHome({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [patientId, choose] = useActingFor(viewer);
  if (!patientId) {
    return (
      <section className="page" aria-labelledby="my-cases-title">
        <h1 id="my-cases-title">{t('myCases')}</h1>
        {viewer.roles.includes('PATIENT') ? (
          <p>{t('noRecordYet')}</p>
        ) : (
          <>
            <p>{t('actingForNobody')}</p>
            <p>
              <Link to="/register/dependent">{t('registerPatientLink')}</Link>
            </p>
            <p>
              <Link to="/proxies">{t('registerDependentLink')}</Link>
            </p>
          </>
        )}
      </section>
    );
  }
  return (
    <>
      {viewer.patientIds.length > 1 && (
        <ActingForPicker patientIds={viewer.patientIds} value={patientId} onChange={choose} />
      )}
      <MyCasesPage patientId={patientId} viewer={viewer} />
    </>
  );
}

/**
 * The app's pages: the cases (start one, its history wizard, consent, its page, choosing its
 * doctors, paying the fee, the consultation with them, their opinions), the specialist directory
 * and profiles,
 * registration (own, or of someone the viewer cares for), claiming a case a partner organisation
 * started (an invitation code), and who may act for the viewer; report
 * uploads live above them all, so a transfer goes on whatever page the viewer moves to.
 */
function PatientRoutes({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <nav aria-label={t('sections')} className="subnav">
        <ul>
          <li>
            <NavLink to="/" end>
              {t('myCases')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/proxies">
              {viewer.roles.includes('PATIENT') ? t('proxiesTitle') : t('caredForTitle')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/specialists">{t('doctors.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/sharing">{t('sharing.title')}</NavLink>
          </li>
          <li>
            <NavLink to="/access-log">{t('accessLog.title')}</NavLink>
          </li>
        </ul>
      </nav>
      <UploadsProvider>
        <Suspense
          fallback={
            <p role="status" className="loading">
              {t('common:loading')}
            </p>
          }
        >
          <Routes>
            <Route index element={<CasesHome viewer={viewer} />} />
            <Route path="proxies" element={<ProxiesPage viewer={viewer} />} />
            <Route path="sharing" element={<SharingPage viewer={viewer} />} />
            <Route path="erasure" element={<ErasurePage viewer={viewer} />} />
            <Route path="access-log" element={<AccessLogPage viewer={viewer} />} />
            <Route path="register/dependent" element={<RegisterDependentPage viewer={viewer} />} />
            <Route path="register/:patientId" element={<RegistrationPage viewer={viewer} />} />
            <Route path="cases/new" element={<StartCasePage viewer={viewer} />} />
            <Route path="cases/:caseId" element={<CasePage />} />
            <Route path="cases/:caseId/intake/:step" element={<IntakeWizardPage />} />
            <Route path="cases/:caseId/consent" element={<ConsentPage viewer={viewer} />} />
            <Route path="cases/:caseId/consultation" element={<ConsultationPage />} />
            <Route path="cases/:caseId/opinions" element={<OpinionsPage />} />
            <Route path="cases/:caseId/choose-doctors" element={<PanelBuilderPage />} />
            <Route path="cases/:caseId/checkout" element={<CheckoutPage />} />
            <Route path="cases/:caseId/checkout/test-payment" element={<SandboxCheckoutPage />} />
            <Route path="referral" element={<ReferralClaimPage viewer={viewer} />} />
            <Route path="specialists" element={<SpecialistDirectoryPage />} />
            <Route path="specialists/:specialistId" element={<SpecialistProfilePage />} />
            <Route path="*" element={<p>{t('common:notFound')}</p>} />
          </Routes>
        </Suspense>
      </UploadsProvider>
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
