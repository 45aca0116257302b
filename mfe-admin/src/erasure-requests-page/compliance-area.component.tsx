import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { SealedRecordsPage } from './sealed-records-page.component';
import './erasure-admin-strings';

/**
 * The admin app for compliance staff, who are not operations staff: only the sealed records
 * erasures kept, each opening logged.
 */
export function ComplianceArea(): ReactElement {
  const { t } = useTranslation('admin');
  return (
    <>
      <nav aria-label={t('sections')} className="subnav">
        <ul>
          <li>
            <NavLink to="/" end>
              {t('sealed.nav')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<SealedRecordsPage />} />
        <Route path="sealed-records" element={<SealedRecordsPage />} />
        <Route path="*" element={<p>{t('common:notFound')}</p>} />
      </Routes>
    </>
  );
}
