import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateOnClick } from '../auth-form/auth-navigation';

/**
 * The actions at the foot of a public page: "Create an account", and a link to the page a
 * visitor is likely to read next.
 * @param props.next - that page's path and link text, e.g. `/prices`
 */
export function PublicActions({ next }: { next: { path: string; label: string } }): ReactElement {
  const { t } = useTranslation('public');
  return (
    <ul className="toolbar actions">
      <li>
        <a className="button-link" href="/sign-up" onClick={navigateOnClick('/sign-up')}>
          {t('createAccount')}
        </a>
      </li>
      <li>
        <a href={next.path} onClick={navigateOnClick(next.path)}>
          {next.label}
        </a>
      </li>
    </ul>
  );
}
