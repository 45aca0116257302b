import { graphql } from '../gql';
import type { CaseInfoRequestsFragment } from '../gql/graphql';

/** A case's requests for more information or tests, with the answers given. */
export const CASE_INFO_REQUESTS = graphql(`
  fragment CaseInfoRequests on Case {
    id
    infoRequests {
      id
      kind
      question
      status
      answer
      answeredAt
      createdAt
      specialist {
        id
        fullName
      }
      documents {
        id
        title
      }
    }
  }
`);

/** The patient's side answers a request, with the reports uploaded for it. */
export const ANSWER_INFORMATION_REQUEST = graphql(`
  mutation AnswerInformationRequest($requestId: ID!, $answer: String!, $documentIds: [ID!]!) {
    answerInformationRequest(requestId: $requestId, answer: $answer, documentIds: $documentIds) {
      id
      status
      answer
      answeredAt
      documents {
        id
        title
      }
    }
  }
`);

/** One request of a case as the patient's side sees it. */
export type PatientInfoRequest = CaseInfoRequestsFragment['infoRequests'][number];

/** The longest answer the API takes (characters). */
export const MAX_ANSWER_LENGTH = 5000;
