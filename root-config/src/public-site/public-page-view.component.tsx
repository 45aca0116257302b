import { ErrorBoundary } from '@consilium/web-kit';
import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicPage } from './public-pages';

type PageModule = Promise<{ default: ComponentType }>;

/**
 * Each public page, loaded the first time it is opened: their text (English and Hindi) stays out
 * of the bundle every signed-in person loads, and each page is one small file.
 */
const PAGES: Record<PublicPage['key'], ComponentType> = {
  howItWorks: lazy((): PageModule =>
    import('../how-it-works-page/how-it-works-page.component').then((module) => ({
      default: module.HowItWorksPage,
    })),
  ),
  reasons: lazy((): PageModule =>
    import('../second-opinion-reasons-page/second-opinion-reasons-page.component').then(
      (module) => ({ default: module.SecondOpinionReasonsPage }),
    ),
  ),
  prices: lazy((): PageModule =>
    import('../prices-page/prices-page.component').then((module) => ({
      default: module.PricesPage,
    })),
  ),
  specialists: lazy((): PageModule =>
    import('../specialists-page/specialists-page.component').then((module) => ({
      default: module.SpecialistsPage,
    })),
  ),
  privacy: lazy((): PageModule =>
    import('../privacy-page/privacy-page.component').then((module) => ({
      default: module.PrivacyPage,
    })),
  ),
};

/**
 * A public page in the shell's main region: "Loading…" while its code arrives, and, should it
 * fail to load, an alert with a button to reload instead of a blank page.
 */
export function PublicPageView({ page }: { page: PublicPage }): ReactElement {
  const { t } = useTranslation('shell');
  const Page = PAGES[page.key];
  return (
    <ErrorBoundary
      key={page.path}
      fallback={
        <div role="alert" className="app-error">
          <p>{t('appFailed')}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('retry')}
          </button>
        </div>
      }
    >
      <Suspense
        fallback={
          <p role="status" className="loading">
            {t('loadingApp')}
          </p>
        }
      >
        <Page />
      </Suspense>
    </ErrorBoundary>
  );
}
