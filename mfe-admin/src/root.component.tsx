import { AppProviders, RequireViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { AuditLogPage } from './audit-log-page/audit-log-page.component';
import { ComplianceArea } from './erasure-requests-page/compliance-area.component';
import { ErasureRequestsPage } from './erasure-requests-page/erasure-requests-page.component';
import { SealedRecordsPage } from './erasure-requests-page/sealed-records-page.component';
import { CasePage } from './case-page/case-page.component';
import { CaseSummariesPage } from './case-summaries-page/case-summaries-page.component';
import { CasesByStagePage } from './cases-by-stage-page/cases-by-stage-page.component';
import { DeadLettersPage } from './dead-letters-page/dead-letters-page.component';
import { DevMailboxPage } from './dev-mailbox-page/dev-mailbox-page.component';
import { LegalDocumentsPage } from './legal-documents-page/legal-documents-page.component';
import { PanelReviewPage } from './platform-choice-page/panel-review-page.component';
import { PlatformChoicePage } from './platform-choice-page/platform-choice-page.component';
import { PartnerClientsPage } from './partner-clients-page/partner-clients-page.component';
import { PaymentsPage } from './payments-page/payments-page.component';
import { PriceListPage } from './price-list-page/price-list-page.component';
import { ReconciliationPage } from './reconciliation-page/reconciliation-page.component';
import { RefundsPage } from './refunds-page/refunds-page.component';
import { ReportRequirementsPage } from './report-requirements-page/report-requirements-page.component';
import { SlaBoardPage } from './sla-board-page/sla-board-page.component';
import { SpecialistsPage } from './specialists-page/specialists-page.component';
import { StaffAccountsPage } from './staff-accounts-page/staff-accounts-page.component';
import './admin-strings';
import './payments-page/payment-strings';
import './price-list-page/price-list-strings';
import './reconciliation-page/reconciliation-strings';
import './refunds-page/refund-strings';
import './sla-board-page/sla-board-strings';

/**
 * The operations app: cases by stage, specialists (onboarding, verification), the contact SLA
 * board, the platform's panel choices to confirm, case summaries, payments and refunds, payment
 * reconciliation, the price list, undelivered events, the mailbox, accounts, partner API
 * clients, the consent and privacy documents, the report completeness table and the audit log.
 */
export function Root(): ReactElement {
  const { t } = useTranslation('admin');
  return (
    <AppProviders basename="/admin" errorMessage={t('appError')}>
      <RequireViewer
        roles={['OPERATIONS', 'COMPLIANCE']}
        title={t('sections')}
        message={t('signInNeeded')}
      >
        {(viewer) =>
          !viewer.roles.includes('OPERATIONS') ? (
            <ComplianceArea />
          ) : (
            <>
              <nav aria-label={t('sections')} className="subnav">
                <ul>
                  <li>
                    <NavLink to="/" end>
                      {t('casesByStage')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/specialists">{t('specialists')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/sla">{t('sla.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/platform-choice">{t('pc.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/case-summaries">{t('sum.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/payments">{t('pay.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/refunds">{t('refunds.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/reconciliation">{t('recon.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/price-list">{t('price.nav')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/events">{t('deadLetters')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/mailbox">{t('mailbox')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/accounts">{t('accounts')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/partners">{t('partnerClients')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/legal-documents">{t('legalDocuments')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/report-requirements">{t('reportRequirements')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/audit">{t('auditLog')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/erasure-requests">{t('erasure.nav')}</NavLink>
                  </li>
                  {viewer.roles.includes('COMPLIANCE') && (
                    <li>
                      <NavLink to="/sealed-records">{t('sealed.nav')}</NavLink>
                    </li>
                  )}
                </ul>
              </nav>
              <Routes>
                <Route index element={<CasesByStagePage />} />
                <Route path="specialists" element={<SpecialistsPage />} />
                <Route path="sla" element={<SlaBoardPage />} />
                <Route path="platform-choice" element={<PlatformChoicePage />} />
                <Route path="platform-choice/:caseId" element={<PanelReviewPage />} />
                <Route path="case-summaries" element={<CaseSummariesPage />} />
                <Route path="cases/:caseId" element={<CasePage />} />
                <Route path="payments" element={<PaymentsPage />} />
                <Route path="refunds" element={<RefundsPage />} />
                <Route path="reconciliation" element={<ReconciliationPage />} />
                <Route path="price-list" element={<PriceListPage />} />
                <Route path="events" element={<DeadLettersPage />} />
                <Route path="mailbox" element={<DevMailboxPage />} />
                <Route path="accounts" element={<StaffAccountsPage />} />
                <Route path="partners" element={<PartnerClientsPage />} />
                <Route path="legal-documents" element={<LegalDocumentsPage />} />
                <Route path="report-requirements" element={<ReportRequirementsPage />} />
                <Route path="audit" element={<AuditLogPage />} />
                <Route path="erasure-requests" element={<ErasureRequestsPage />} />
                {viewer.roles.includes('COMPLIANCE') && (
                  <Route path="sealed-records" element={<SealedRecordsPage />} />
                )}
                <Route path="*" element={<p>{t('common:notFound')}</p>} />
              </Routes>
            </>
          )
        }
      </RequireViewer>
    </AppProviders>
  );
}
