import { AppProviders, RequireViewer, type Viewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { MyAppointmentsPage } from './appointments/my-appointments-page.component';
import { AssignedCasesPage } from './assigned-cases-page/assigned-cases-page.component';
import { CasePage } from './case-page/case-page.component';
import { GpSummariesPage } from './case-summary/gp-summaries-page.component';
import { InvitationsPage } from './invitations-page/invitations-page.component';
import { ProfilePage } from './profile-page/profile-page.component';
import './doctor-strings';

/** The sections of the doctor app a specialist with a profile moves between. */
function SpecialistNav(): ReactElement {
  const { t } = useTranslation('doctor');
  return (
    <nav aria-label={t('sections')} className="subnav">
      <ul>
        <li>
          <NavLink to="/" end>
            {t('assignedCases')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/appointments">{t('myAppointments')}</NavLink>
        </li>
        <li>
          <NavLink to="/invitations">{t('invitations')}</NavLink>
        </li>
        <li>
          <NavLink to="/profile">{t('myProfile')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** The doctor app's routes for a signed-in specialist or GP. */
function DoctorRoutes({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('doctor');
  const { specialistId } = viewer;
  return (
    <>
      {specialistId && <SpecialistNav />}
      <Routes>
        <Route
          index
          element={
            specialistId ? (
              <AssignedCasesPage specialistId={specialistId} />
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
        {specialistId && <Route path="appointments" element={<MyAppointmentsPage />} />}
        {specialistId && (
          <Route path="invitations" element={<InvitationsPage specialistId={specialistId} />} />
        )}
        {specialistId && (
          <Route path="profile" element={<ProfilePage specialistId={specialistId} />} />
        )}
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route path="*" element={<p>{t('common:notFound')}</p>} />
      </Routes>
    </>
  );
}

/**
 * The doctor app: for a specialist, "my assigned cases" with the 48-hour contact clocks, their
 * appointments, the invitations to join a panel and their own profile; for a GP, the case summaries to write.
 */
export function Root(): ReactElement {
  const { t } = useTranslation('doctor');
  return (
    <AppProviders basename="/doctor" errorMessage={t('appError')}>
      <RequireViewer
        roles={['SPECIALIST', 'GP']}
        title={t('assignedCases')}
        message={t('signInNeeded')}
      >
        {(viewer) => <DoctorRoutes viewer={viewer} />}
      </RequireViewer>
    </AppProviders>
  );
}
