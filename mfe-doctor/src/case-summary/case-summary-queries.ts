import { graphql } from '../gql';

/** The case summaries assigned to the signed-in GP: drafts first, soonest due first. */
export const GP_CASE_SUMMARIES = graphql(`
  query GpCaseSummaries($after: String) {
    caseSummaries(first: 50, after: $after) {
      edges {
        node {
          id
          status
          dueAt
          targetAt
          overdue
          submittedAt
          case {
            id
            stage
            presentingComplaint
            patient {
              id
              fullName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The summary fields the doctor app shows and edits. */
export const DOCTOR_CASE_SUMMARY_FIELDS = graphql(`
  fragment DoctorCaseSummaryFields on CaseSummary {
    id
    status
    gpAccountId
    gpName
    dueAt
    targetAt
    overdue
    breachedAt
    submittedAt
    history
    keyFindings
    questions
    relevantDocuments {
      id
      title
    }
  }
`);

/** A case's summary (null while none is ready for this viewer) and its reports. */
export const DOCTOR_CASE_SUMMARY = graphql(`
  query DoctorCaseSummary($caseId: ID!) {
    case(id: $caseId) {
      id
      documents {
        id
        title
      }
      caseSummary {
        ...DoctorCaseSummaryFields
      }
    }
  }
`);

/** The case history as the patient gave it, which the GP summarises. */
export const GP_CASE_HISTORY = graphql(`
  query GpCaseHistory($caseId: ID!) {
    case(id: $caseId) {
      id
      presentingComplaint
      reasonDetail
      symptoms {
        description
        onsetDate
        severity
      }
      conditions {
        text
        code {
          code
        }
        clinicalStatus
      }
      medications {
        medication
        dose
        frequency
      }
      allergies {
        substance
        reaction
        severity
      }
      noKnownAllergies
      procedures {
        name
        performedDate
        location
      }
      investigations {
        name
        date
        result
      }
      otherHistory
      treatingPractitioner {
        fullName
        specialty
        hospital
      }
      treatmentAdvised
      questions
    }
  }
`);

/** A fresh 5-minute link to the final summary's PDF. */
export const DOCTOR_REFERRAL_NOTE_PDF = graphql(`
  query DoctorReferralNotePdf($caseId: ID!) {
    case(id: $caseId) {
      id
      caseSummary {
        id
        pdfUrl
      }
    }
  }
`);

/** Saves the GP's draft. */
export const SAVE_CASE_SUMMARY = graphql(`
  mutation SaveCaseSummary($input: CaseSummaryInput!) {
    saveCaseSummary(input: $input) {
      ...DoctorCaseSummaryFields
    }
  }
`);

/** Saves and submits the summary: final from then on. */
export const SUBMIT_CASE_SUMMARY = graphql(`
  mutation SubmitCaseSummary($input: CaseSummaryInput!) {
    submitCaseSummary(input: $input) {
      ...DoctorCaseSummaryFields
    }
  }
`);
