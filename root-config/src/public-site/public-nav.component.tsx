import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateOnClick } from '../auth-form/auth-navigation';
import { PUBLIC_PAGES } from './public-pages';

/**
 * The header's links to the public pages (how it works, reasons, prices, specialists, privacy),
 * the current one marked; shown outside the apps, to visitors and signed-in people alike.
 */
export function PublicNav({ pathname }: { pathname: string }): ReactElement {
  const { t } = useTranslation('public');
  return (
    <nav aria-label={t('navLabel')} className="public-nav">
      <ul>
        {PUBLIC_PAGES.map((page) => (
          <li key={page.path}>
            <a
              href={page.path}
              onClick={navigateOnClick(page.path)}
              aria-current={pathname === page.path ? 'page' : undefined}
            >
              {t(`nav.${page.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
