import { graphql } from '../gql';
import type { PatientCaseOpinionsQuery } from '../gql/graphql';

/** A case's signed opinions as its patient (or proxy) reads them, with a board's dissent matrix. */
export const PATIENT_CASE_OPINIONS = graphql(`
  query PatientCaseOpinions($caseId: ID!) {
    case(id: $caseId) {
      id
      stage
      patient {
        id
        fullName
      }
      opinionProgress {
        panelMode
        complete
        panel {
          id
          fullName
        }
        chair {
          id
          fullName
        }
      }
      opinions {
        id
        kind
        submittedAt
        signerName
        diagnosisAssessment
        revisedDiagnosis
        revisedDiagnosisCode
        recommendedTreatment
        alternatives {
          option
          pros
          cons
        }
        answers {
          questionIndex
          question
          answer
        }
        furtherTests
        notes
        specialist {
          id
          fullName
          specialty
        }
        dissentMatrix {
          rows {
            topic
            questionIndex
            question
            statement
            agreement
            votes {
              id
              level
            }
            dissents {
              id
              level
              reason
              specialist {
                id
                fullName
              }
            }
          }
        }
      }
    }
  }
`);

/** How many signed opinions a case has, for the link on its page. */
export const PATIENT_OPINION_COUNT = graphql(`
  query PatientOpinionCount($caseId: ID!) {
    case(id: $caseId) {
      id
      opinions {
        id
        kind
      }
    }
  }
`);

/** A signed opinion as the patient reads it. */
export type PatientOpinion = NonNullable<PatientCaseOpinionsQuery['case']['opinions']>[number];

/** A board's dissent matrix as the patient reads it. */
export type PatientDissentMatrix = NonNullable<PatientOpinion['dissentMatrix']>;
