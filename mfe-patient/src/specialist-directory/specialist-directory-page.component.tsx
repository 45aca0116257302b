import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SpecialistDirectory } from './specialist-directory.component';

/**
 * `/specialists`: the directory of verified specialists, to search and filter, each linking to
 * their profile.
 */
export function SpecialistDirectoryPage(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <section aria-labelledby="directory-title" className="page">
      <h1 id="directory-title">{t('doctors.title')}</h1>
      <p>{t('doctors.intro')}</p>
      <SpecialistDirectory headingLevel={2} linkToProfile />
    </section>
  );
}
