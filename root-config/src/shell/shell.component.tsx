import {
  hasAnyRole,
  hasChosenLanguage,
  setLanguage,
  signInUrlReturningHere,
  useSession,
} from '@consilium/web-kit';
import { useEffect, useState, type MouseEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { APPS, appAt } from '../app-loader';
import { replaceUrl } from '../auth-form/auth-navigation';
import { HomePage } from '../home-page/home-page.component';
import { PublicNav } from '../public-site/public-nav.component';
import { PublicPageView } from '../public-site/public-page-view.component';
import { publicPageAt } from '../public-site/public-pages';
import '../public-site/public-site-strings';
import { ResetPasswordPage } from '../reset-password-page/reset-password-page.component';
import { SharedRecordPage } from '../shared-record-page/shared-record-page.component';
import { SignInPage } from '../sign-in-page/sign-in-page.component';
import { SignUpPage } from '../sign-up-page/sign-up-page.component';
import { VerifyPage } from '../verify-page/verify-page.component';
import { AccountMenu } from './account-menu.component';
import { LanguageSwitch } from './language-switch.component';

/** The shell's own pages besides the welcome page, by path; each reads its query string. */
const AUTH_PAGES: Record<string, (props: { search: string }) => ReactElement> = {
  '/sign-in': SignInPage,
  '/sign-up': SignUpPage,
  '/verify': VerifyPage,
  '/reset-password': ResetPasswordPage,
};

interface ShellLocation {
  pathname: string;
  search: string;
}

function currentLocation(): ShellLocation {
  return { pathname: window.location.pathname, search: window.location.search };
}

/**
 * The current path and query, updated as soon as single-spa starts a route change (so the
 * shell's own pages go away at once even while an app is still loading), with focus moved to the
 * main region after each navigation so keyboard and screen-reader users land on the new content
 * (unless they have meanwhile moved to a header control marked `data-keep-focus`).
 */
function useShellLocation(): ShellLocation {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const update = (): void =>
      setLocation((before) => {
        const now = currentLocation();
        return now.pathname === before.pathname && now.search === before.search ? before : now;
      });
    const settle = (): void => {
      update();
      if (window.location.pathname === initialPath) return;
      // Not away from a header control someone is using meanwhile (the account menu).
      if (document.activeElement?.closest('[data-keep-focus]')) return;
      document.getElementById('main')?.focus();
    };
    const initialPath = window.location.pathname;
    window.addEventListener('single-spa:before-routing-event', update);
    window.addEventListener('single-spa:routing-event', settle);
    return () => {
      window.removeEventListener('single-spa:before-routing-event', update);
      window.removeEventListener('single-spa:routing-event', settle);
    };
  }, []);
  return location;
}

/**
 * Keeps the document title in the viewer's language: a public page's title first (e.g.
 * "Prices – Consilium"), else the brand and tagline.
 */
function useDocumentTitle(pathname: string): void {
  const { t, i18n } = useTranslation('shell');
  const page = publicPageAt(pathname);
  useEffect(() => {
    document.title = page
      ? `${t(`public:title.${page.key}`)} – ${t('brand')}`
      : `${t('brand')}: ${t('tagline')}`;
  }, [t, i18n.language, page]);
}

/**
 * Sends a signed-out visitor of an app's address to the sign-in page, which brings them back
 * afterwards (the address is replaced, so Back does not loop through the app). Also applies a
 * restored account's language when none was chosen in this browser.
 */
function useSessionRouting(pathname: string): void {
  const { status, viewer } = useSession();
  useEffect(() => {
    if (status !== 'signedOut' || !appAt(window.location.pathname)) return;
    replaceUrl(signInUrlReturningHere());
  }, [status, pathname]);
  const viewerId = viewer?.id;
  const viewerLanguage = viewer?.language;
  useEffect(() => {
    if (viewerLanguage && !hasChosenLanguage()) setLanguage(viewerLanguage, { remember: false });
  }, [viewerId, viewerLanguage]);
}

function go(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  navigateToUrl(event.currentTarget.href);
}

/**
 * The layout around every app: header with the apps the viewer may use, the public pages (outside
 * the apps), language and account menu; the public home page and pages (how it works, reasons,
 * prices, specialists, privacy), the sign-in, sign-up, verification and password pages, and the
 * page a share link opens for a doctor (`/shared/<secret>`, no account needed); and one element
 * per app that single-spa mounts into.
 */
export function Shell(): ReactElement {
  const { t } = useTranslation('shell');
  const { pathname, search } = useShellLocation();
  const { status, viewer } = useSession();
  useDocumentTitle(pathname);
  useSessionRouting(pathname);
  const inApp = appAt(pathname) !== undefined;
  const AuthPage = Object.hasOwn(AUTH_PAGES, pathname) ? AUTH_PAGES[pathname] : undefined;
  const sharedRecord = pathname.startsWith('/shared/');
  const publicPage = publicPageAt(pathname);
  const nav = APPS.filter((app) => hasAnyRole(viewer, app.roles));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="shell-header">
        <a className="brand" href="/" onClick={go}>
          {t('brand')}
        </a>
        {nav.length > 0 && (
          <nav aria-label={t('navLabel')}>
            <ul>
              {nav.map((app) => (
                <li key={app.route}>
                  <a
                    href={app.route}
                    onClick={go}
                    aria-current={appAt(pathname) === app ? 'page' : undefined}
                  >
                    {t(app.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {!inApp && <PublicNav pathname={pathname} />}
        <div className="shell-tools">
          <LanguageSwitch />
          {viewer && <AccountMenu viewer={viewer} />}
          {status === 'signedOut' && pathname !== '/sign-in' && (
            <a href="/sign-in" onClick={go}>
              {t('signIn')}
            </a>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {AuthPage && <AuthPage search={search} />}
        {sharedRecord && <SharedRecordPage pathname={pathname} />}
        {pathname === '/' && <HomePage />}
        {publicPage && <PublicPageView page={publicPage} />}
        {!inApp && !AuthPage && !sharedRecord && !publicPage && pathname !== '/' && (
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
