import { graphql } from '../gql';

/** The case's final referral note (null until the GP has submitted it). */
export const PATIENT_REFERRAL_NOTE = graphql(`
  query PatientReferralNote($caseId: ID!) {
    case(id: $caseId) {
      id
      caseSummary {
        id
        status
        gpName
        submittedAt
        history
        keyFindings
        questions
        relevantDocuments {
          id
          title
        }
      }
    }
  }
`);

/** A fresh 5-minute link to the referral note's PDF. */
export const PATIENT_REFERRAL_NOTE_PDF = graphql(`
  query PatientReferralNotePdf($caseId: ID!) {
    case(id: $caseId) {
      id
      caseSummary {
        id
        pdfUrl
      }
    }
  }
`);
