import { useQuery } from '@apollo/client/react';
import { CasePageFrame, CaseTimeline, formatDateTime, QueryStatus } from '@consilium/web-kit';
import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { IntakeSummary } from '../case-summary/intake-summary.component';
import { PatientReferralNote } from '../referral-note/referral-note.component';
import { RequiredReports } from '../required-reports/required-reports.component';
import { CaseDocuments } from '../report-uploads/case-documents.component';
import { UploadsPending } from '../report-uploads/uploads-pending.component';
import { REPORTS_STEP } from '../intake-wizard/intake-steps';
import { CaseConsultationLink } from '../consultation/case-consultation-link.component';
import { CaseOpinionsLink } from '../opinions/case-opinions-link.component';
import { CaseReport } from '../case-report/case-report.component';
import { CasePayment } from '../case-payment/case-payment.component';
import { PanelStatus } from '../panel-status/panel-status.component';
import { PartnerSharing } from '../partner-sharing/partner-sharing.component';
import { CaseNextLinks } from './case-next-links.component';
import { PATIENT_CASE_PAGE } from './case-page-queries';
import { ConsentFacts } from './consent-facts.component';
import { WithdrawConsent } from './withdraw-consent.component';

/** How often the page asks again while the stage follows a signature or withdrawal. */
const SETTLE_POLL_MS = 1500;

/** Stages after which the case takes no more reports. */
const ENDED = new Set(['CANCELLED', 'CLOSED']);

/**
 * Stages in which consent can be withdrawn (before payment; a paid case is cancelled for a refund
 * in the payment section instead, until a specialist has made contact).
 */
const WITHDRAWABLE = new Set([
  'CONSENTED',
  'PANEL_REQUESTED',
  'AWAITING_CONFIRMATION',
  'AWAITING_PAYMENT',
]);

/**
 * `/cases/:caseId`: where the case stands and what happens next (once paid, what a specialist
 * asked and the link to the consultation), the doctors (choose them once
 * consented; each one's answer), the fee (pay it; then the invoice, payments and refunds), the consent (version, who signed as whom and when; withdraw), the reports needed and uploaded ("Add reports" while a
 * draft), the history as given, the organisations it is shared with, and the timeline.
 */
export function CasePage(): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { caseId = '' } = useParams();
  const location = useLocation();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(PATIENT_CASE_PAGE, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  // The stage follows a signature or a withdrawal a moment later (it changes through events):
  // ask again until it has.
  const consent = data?.case.consent;
  const settling = Boolean(
    consent &&
    ((!consent.withdrawnAt && data?.case.stage === 'SUBMITTED' && !data.case.needsConsent) ||
      (consent.withdrawnAt && data?.case.stage !== 'CANCELLED')),
  );
  useEffect(() => {
    if (!settling) return;
    startPolling(SETTLE_POLL_MS);
    return () => stopPolling();
  }, [settling, startPolling, stopPolling]);
  if (!data) {
    return (
      <QueryStatus
        title={t('case.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const arrived = location.state as { consentSigned?: boolean; panelRequested?: boolean } | null;
  const justSigned = arrived?.consentSigned;
  return (
    <CasePageFrame
      backLabel={t('backToMyCases')}
      title={t('case.titleFor', { name: found.patient.fullName })}
      error={error}
    >
      {justSigned && found.consent && (
        <p role="status" className="card">
          {t('case.consentSigned')}
        </p>
      )}
      {arrived?.panelRequested && (
        <p role="status" className="card">
          {t('panel.requested')}
        </p>
      )}
      <dl className="facts">
        <dt>{t('stage')}</dt>
        <dd>
          <span className="stage" id="case-stage">
            {t(`common:stage.${found.stage}`)}
          </span>
        </dd>
        <dt>{t('case.submitted')}</dt>
        <dd>
          {found.submittedAt
            ? formatDateTime(found.submittedAt, i18n.language)
            : t('case.notSubmitted')}
        </dd>
      </dl>
      <h2>{t('case.next')}</h2>
      <p>{t(`next.${found.stage}`, { defaultValue: t('next.other') })}</p>
      <CaseNextLinks
        id={found.id}
        stage={found.stage}
        needsConsent={found.needsConsent}
        intakeProblems={found.intakeProblems}
      />
      <CaseConsultationLink caseId={found.id} stage={found.stage} />
      <CaseOpinionsLink caseId={found.id} />
      <CaseReport caseId={found.id} />
      <PanelStatus caseId={found.id} />
      <CasePayment caseId={found.id} stage={found.stage} />
      <section aria-labelledby="consent-facts-title">
        <h2 id="consent-facts-title">{t('case.consent')}</h2>
        {found.consent ? (
          <>
            <ConsentFacts data={found.consent} />
            {WITHDRAWABLE.has(found.stage) && !found.consent.withdrawnAt && (
              <WithdrawConsent caseId={found.id} onWithdrawn={() => void refetch()} />
            )}
          </>
        ) : (
          <p className="muted">{t('case.noConsent')}</p>
        )}
      </section>
      {!ENDED.has(found.stage) && <RequiredReports caseId={found.id} />}
      <CaseDocuments caseId={found.id}>
        <UploadsPending caseId={found.id} />
        {found.stage === 'DRAFT' && (
          <p>
            <Link to={`/cases/${found.id}/intake/${REPORTS_STEP}`}>{t('documents.add')}</Link>
          </p>
        )}
      </CaseDocuments>
      <PatientReferralNote caseId={found.id} />
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('case.history')}</h2>
        <IntakeSummary data={found} headingLevel={3} />
      </section>
      <PartnerSharing caseId={found.id} onChanged={() => void refetch()} />
      <CaseTimeline entries={found.timeline} />
    </CasePageFrame>
  );
}
