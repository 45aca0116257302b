import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './erasure-strings';

/** The way to "Erase my record" from the record's sharing and export page. */
export function ErasureLink(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <p>
      <Link to="/erasure">{t('erasure.link')}</Link>{' '}
      <span className="muted">{t('erasure.linkHint')}</span>
    </p>
  );
}
