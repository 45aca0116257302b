import { useApolloClient, useQuery } from '@apollo/client/react';
import { ReferralNote } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { PATIENT_REFERRAL_NOTE, PATIENT_REFERRAL_NOTE_PDF } from './referral-note-queries';

/**
 * The GP's referral note on the patient's case page, once the GP has submitted it (DESIGN.md step
 * 7: the case file with the referral summary is forwarded to the patient), with its PDF. Nothing
 * shows before then: a draft is never shown to the patient's side.
 * @param props.caseId - the case
 */
export function PatientReferralNote({ caseId }: { caseId: string }): ReactElement | null {
  const client = useApolloClient();
  const { data } = useQuery(PATIENT_REFERRAL_NOTE, { variables: { caseId } });
  const summary = data?.case.caseSummary;
  if (!summary || summary.status !== 'FINAL') return null;
  const getPdfUrl = async (): Promise<string | null> => {
    const fresh = await client.query({
      query: PATIENT_REFERRAL_NOTE_PDF,
      variables: { caseId },
      fetchPolicy: 'network-only',
    });
    return fresh.data?.case.caseSummary?.pdfUrl ?? null;
  };
  return <ReferralNote note={summary} getPdfUrl={getPdfUrl} />;
}
