import { useSession } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { homePathFor, navigateOnClick } from '../auth-form/auth-navigation';
import { PUBLIC_PAGES } from '../public-site/public-pages';
import './home-page-strings';

/**
 * The public home page (`/`): what Consilium is, the 48-hour promise, "Create an account" and
 * "Sign in" for a visitor (or "Go to your page" for someone signed in), and a card for each public
 * page to read before starting.
 */
export function HomePage(): ReactElement {
  const { t } = useTranslation('public');
  const { status, viewer } = useSession();
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <p className="promise">{t('home.promise')}</p>
      {viewer ? (
        <p>
          <a
            className="button-link"
            href={homePathFor(viewer)}
            onClick={navigateOnClick(homePathFor(viewer))}
          >
            {t('shell:goToYourPage')}
          </a>
        </p>
      ) : (
        status === 'signedOut' && (
          <>
            <p>{t('home.signedOut')}</p>
            <ul className="toolbar actions">
              <li>
                <a className="button-link" href="/sign-up" onClick={navigateOnClick('/sign-up')}>
                  {t('shell:createAccount')}
                </a>
              </li>
              <li>
                <a href="/sign-in" onClick={navigateOnClick('/sign-in')}>
                  {t('shell:signIn')}
                </a>
              </li>
            </ul>
          </>
        )
      )}
      <h2 id="home-learn-title">{t('home.learnTitle')}</h2>
      <ul className="card-list link-cards" aria-labelledby="home-learn-title">
        {PUBLIC_PAGES.map((page) => (
          <li key={page.path} className="card">
            <h3>
              <a href={page.path} onClick={navigateOnClick(page.path)}>
                {t(`title.${page.key}`)}
              </a>
            </h3>
            <p>{t(`home.about.${page.key}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
