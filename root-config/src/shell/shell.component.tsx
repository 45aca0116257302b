import { setViewer, useViewer } from '@consilium/web-kit';
import { useEffect, useState, type MouseEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { APPS } from '../app-loader';
import { SignInPage } from '../sign-in-page/sign-in-page.component';
import { LanguageSwitch } from './language-switch.component';

const NAV = [
  { href: '/patient', label: 'patient' },
  { href: '/doctor', label: 'doctor' },
  { href: '/admin', label: 'admin' },
] as const;

/**
 * The current path, updated as soon as single-spa starts a route change (so the shell's own
 * pages go away at once even while an app is still loading), with focus moved to the main
 * region after each navigation so keyboard and screen-reader users land on the new content.
 */
function usePathname(): string {
  const [pathname, setPathname] = useState(window.location.pathname);
  useEffect(() => {
    const update = (): void => setPathname(window.location.pathname);
    const settle = (): void => {
      update();
      if (window.location.pathname !== initialPath) document.getElementById('main')?.focus();
    };
    const initialPath = window.location.pathname;
    window.addEventListener('single-spa:before-routing-event', update);
    window.addEventListener('single-spa:routing-event', settle);
    return () => {
      window.removeEventListener('single-spa:before-routing-event', update);
      window.removeEventListener('single-spa:routing-event', settle);
    };
  }, []);
  return pathname;
}

/** Keeps the document title in the viewer's language. */
function useDocumentTitle(): void {
  const { t, i18n } = useTranslation('shell');
  useEffect(() => {
    document.title = `${t('brand')}: ${t('tagline')}`;
  }, [t, i18n.language]);
}

function go(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  navigateToUrl(event.currentTarget.href);
}

/**
 * The layout around every app: header with navigation, language and viewer; the sign-in and
 * welcome pages; and one element per app that single-spa mounts into.
 */
export function Shell(): ReactElement {
  const { t } = useTranslation('shell');
  const pathname = usePathname();
  const viewer = useViewer();
  useDocumentTitle();
  const inApp = APPS.some((app) => pathname === app.route || pathname.startsWith(`${app.route}/`));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="shell-header">
        <a className="brand" href="/" onClick={go}>
          {t('brand')}
        </a>
        <nav aria-label={t('navLabel')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  onClick={go}
                  aria-current={pathname.startsWith(item.href) ? 'page' : undefined}
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell-tools">
          <LanguageSwitch />
          {viewer ? (
            <>
              <span>{t('signedInAs', { name: viewer.displayName })}</span>
              <button
                type="button"
                onClick={() => {
                  setViewer(null);
                  navigateToUrl('/sign-in');
                }}
              >
                {t('signOut')}
              </button>
            </>
          ) : (
            <a href="/sign-in" onClick={go}>
              {t('signIn')}
            </a>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {pathname === '/sign-in' && <SignInPage />}
        {pathname === '/' && (
          <section className="page" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{t('welcomeTitle')}</h1>
            <p>{t('welcomeText')}</p>
          </section>
        )}
        {!inApp && pathname !== '/' && pathname !== '/sign-in' && (
          <section className="page">
            <h1>{t('notFound')}</h1>
          </section>
        )}
        {APPS.map((app) => (
          <div key={app.name} id={app.elementId} />
        ))}
      </main>
    </>
  );
}
