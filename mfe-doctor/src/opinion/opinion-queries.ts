import { graphql } from '../gql';
import type { DoctorCaseOpinionsQuery } from '../gql/graphql';

/**
 * A case's opinions as the signed-in specialist may see them (their own, the board's consensus,
 * colleagues' signed ones) and how they stand: the patient's questions, the panel and its chair,
 * whether the case takes opinions now.
 */
export const DOCTOR_CASE_OPINIONS = graphql(`
  query DoctorCaseOpinions($caseId: ID!) {
    case(id: $caseId) {
      id
      opinionProgress {
        panelMode
        questions
        acceptingOpinions
        complete
        chair {
          id
          fullName
        }
        panel {
          id
          fullName
        }
      }
      opinions {
        id
        kind
        status
        version
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
        }
        lastEditedBy {
          id
          fullName
        }
        dissentMatrix {
          complete
          missingVotes
          rows {
            topic
            questionIndex
            question
            statement
            agreement
            votes {
              id
              level
              reason
              specialist {
                id
                fullName
              }
            }
            pendingMembers {
              id
            }
          }
        }
      }
    }
  }
`);

/** Saves a draft of the specialist's own opinion or of the board's consensus. */
export const SAVE_OPINION_DRAFT = graphql(`
  mutation SaveOpinionDraft($input: OpinionDraftInput!) {
    saveOpinionDraft(input: $input) {
      id
      version
      status
    }
  }
`);

/** Signs and submits an opinion (the board's chair: the consensus). */
export const SUBMIT_OPINION = graphql(`
  mutation SubmitOpinion($input: SubmitOpinionInput!) {
    submitOpinion(input: $input) {
      id
      version
      status
      submittedAt
    }
  }
`);

/** Records the specialist's votes on the consensus rows. */
export const VOTE_ON_CONSENSUS = graphql(`
  mutation VoteOnConsensus($input: ConsensusVotesInput!) {
    voteOnConsensus(input: $input) {
      id
      version
    }
  }
`);

/** An opinion as the doctor app reads it. */
export type DoctorOpinion = NonNullable<DoctorCaseOpinionsQuery['case']['opinions']>[number];

/** How a case's opinions stand. */
export type DoctorOpinionProgress = NonNullable<DoctorCaseOpinionsQuery['case']['opinionProgress']>;

/** A board's dissent matrix. */
export type DoctorDissentMatrix = NonNullable<DoctorOpinion['dissentMatrix']>;
