import { DEMO_VIEWERS, setViewer, type Viewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';

const HOME_BY_ROLE: Record<Viewer['role'], string> = {
  PATIENT: '/patient',
  SPECIALIST: '/doctor',
  OPERATIONS: '/admin',
};

const LABEL_BY_ROLE: Record<Viewer['role'], string> = {
  PATIENT: 'signInAsPatient',
  SPECIALIST: 'signInAsSpecialist',
  OPERATIONS: 'signInAsOperations',
};

/** Sign-in: choose one of the demo people, then go to that person's app. */
export function SignInPage(): ReactElement {
  const { t } = useTranslation('shell');
  return (
    <section aria-labelledby="sign-in-title" className="page">
      <h1 id="sign-in-title">{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <ul className="choices">
        {DEMO_VIEWERS.map((viewer) => (
          <li key={viewer.role}>
            <button
              type="button"
              onClick={() => {
                setViewer(viewer);
                navigateToUrl(HOME_BY_ROLE[viewer.role]);
              }}
            >
              {t(LABEL_BY_ROLE[viewer.role], { name: viewer.displayName })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
