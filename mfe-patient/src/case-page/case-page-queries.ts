import { graphql } from '../gql';

/** A case for its patient (or proxy): stage, history, consent and timeline. */
export const PATIENT_CASE_PAGE = graphql(`
  query PatientCasePage($id: ID!) {
    case(id: $id) {
      id
      stage
      submittedAt
      draftSavedAt
      needsConsent
      patient {
        id
        fullName
      }
      intakeProblems {
        field
        rule
        message
        values
      }
      consent {
        id
        withdrawnAt
        ...ConsentFacts
      }
      timeline {
        eventId
        eventType
        occurredAt
        fromStage
        toStage
      }
      ...IntakeSummary
    }
  }
`);

/** Withdraws the case's consent, which stops the case (→ CANCELLED). */
export const WITHDRAW_CONSENT = graphql(`
  mutation WithdrawConsent($caseId: ID!, $reason: String) {
    withdrawConsent(caseId: $caseId, reason: $reason) {
      id
      status
      withdrawnAt
      withdrawalReason
    }
  }
`);
