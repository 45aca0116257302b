import { AppProviders, useViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { CasesByStagePage } from './cases-by-stage-page/cases-by-stage-page.component';
import { SpecialistsPage } from './specialists-page/specialists-page.component';
import './admin-strings';

function Routed(): ReactElement {
  const { t } = useTranslation('admin');
  const viewer = useViewer();
  if (viewer?.role !== 'OPERATIONS') {
    return (
      <section className="page">
        <h1>{t('sections')}</h1>
        <p>
          {t('signInNeeded')} <a href="/sign-in">{t('common:signIn')}</a>
        </p>
      </section>
    );
  }
  return (
    <>
      <nav aria-label={t('sections')} className="subnav">
        <ul>
          <li>
            <NavLink to="/" end>
              {t('casesByStage')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/specialists">{t('specialists')}</NavLink>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<CasesByStagePage />} />
        <Route path="specialists" element={<SpecialistsPage />} />
        <Route path="*" element={<p>{t('common:notFound')}</p>} />
      </Routes>
    </>
  );
}

/** The operations app: cases by stage and the specialist directory. */
export function Root(): ReactElement {
  const { t } = useTranslation('admin');
  return (
    <AppProviders
      basename="/admin"
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
