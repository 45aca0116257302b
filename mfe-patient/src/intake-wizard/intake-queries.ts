import { graphql } from '../gql';

/** What the wizard edits of a case, and what it says is still missing. */
export const INTAKE_CASE_FIELDS = graphql(`
  fragment IntakeCaseFields on Case {
    id
    stage
    needsConsent
    draftSavedAt
    presentingComplaint
    symptoms {
      description
      onsetDate
      severity
    }
    conditions {
      text
      code {
        system
        code
      }
      onsetDate
      clinicalStatus
    }
    medications {
      medication
      dose
      frequency
      route
      effectiveStart
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
      city
    }
    treatmentAdvised
    reasonForSecondOpinion
    reasonDetail
    questions
    patientLocation {
      city
      state
    }
    intakeProblems {
      field
      rule
      message
      values
    }
  }
`);

/** A case for the wizard: its history, its patient, and the summary the review shows. */
export const INTAKE_CASE = graphql(`
  query IntakeCase($id: ID!) {
    case(id: $id) {
      id
      patient {
        id
        fullName
      }
      ...IntakeCaseFields
      ...IntakeSummary
    }
  }
`);

/** Saves the sections of one step; answers the case as stored. */
export const SAVE_CASE_INTAKE = graphql(`
  mutation SaveCaseIntake($caseId: ID!, $intake: CaseIntakeInput!) {
    saveCaseIntake(caseId: $caseId, intake: $intake) {
      id
      ...IntakeCaseFields
      ...IntakeSummary
    }
  }
`);

/** Submits a complete draft (DRAFT → SUBMITTED). */
export const SUBMIT_CASE = graphql(`
  mutation SubmitCase($caseId: ID!) {
    submitCase(caseId: $caseId) {
      id
      stage
      submittedAt
      needsConsent
    }
  }
`);
