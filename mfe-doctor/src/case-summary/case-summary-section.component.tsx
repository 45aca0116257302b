import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatDateTime, PartialDataNotice, ReferralNote, useViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment } from '../gql';
import {
  DOCTOR_CASE_SUMMARY,
  DOCTOR_CASE_SUMMARY_FIELDS,
  DOCTOR_REFERRAL_NOTE_PDF,
} from './case-summary-queries';
import { GpCaseHistory } from './gp-case-history.component';
import { GpSummaryEditor } from './gp-summary-editor.component';
import './case-summary-strings';

/**
 * The GP's case summary on a doctor's case page (DESIGN.md journey step 8): the assigned GP sees
 * the due time (overdue flagged), the patient's history and the form to write, save and submit
 * it; once submitted, everyone on the case (the panel's specialists, the GP) reads the referral
 * note with its PDF. A specialist whose case has no final summary yet is told it is not ready.
 * @param props.caseId - the case
 */
export function CaseSummarySection({ caseId }: { caseId: string }): ReactElement | null {
  const { t, i18n } = useTranslation('doctor');
  const viewer = useViewer();
  const client = useApolloClient();
  const { data, error } = useQuery(DOCTOR_CASE_SUMMARY, { variables: { caseId } });
  const summary = useFragment(DOCTOR_CASE_SUMMARY_FIELDS, data?.case.caseSummary ?? null);
  if (!data) return error ? <PartialDataNotice error={error} /> : null;
  const getPdfUrl = async (): Promise<string | null> => {
    const fresh = await client.query({
      query: DOCTOR_REFERRAL_NOTE_PDF,
      variables: { caseId },
      fetchPolicy: 'network-only',
    });
    return fresh.data?.case.caseSummary?.pdfUrl ?? null;
  };
  if (summary?.status === 'FINAL') {
    return <ReferralNote note={summary} getPdfUrl={getPdfUrl} />;
  }
  const writing = Boolean(summary && viewer && summary.gpAccountId === viewer.id);
  if (!summary || !writing) {
    return (
      <section aria-labelledby="referral-note-title">
        <h2 id="referral-note-title">{t('gp.readerTitle')}</h2>
        <p className="muted">{t('gp.waiting')}</p>
      </section>
    );
  }
  const at = (iso: string): string => formatDateTime(iso, i18n.language);
  return (
    <section aria-labelledby="gp-summary-title">
      <h2 id="gp-summary-title">{t('gp.sectionTitle')}</h2>
      {summary.overdue && summary.dueAt ? (
        <p role="status" className="error">
          <span className="badge warn">{t('gp.overdue')}</span>{' '}
          {t('gp.overdueLine', { due: at(summary.dueAt) })}
        </p>
      ) : (
        <p>
          {summary.dueAt && summary.targetAt
            ? t('gp.dueLine', { due: at(summary.dueAt), target: at(summary.targetAt) })
            : t('gp.dueAfterConsent')}
        </p>
      )}
      <GpCaseHistory caseId={caseId} />
      <GpSummaryEditor
        key={summary.id}
        caseId={caseId}
        summary={summary}
        documents={data.case.documents ?? []}
      />
    </section>
  );
}
