import { graphql } from '../gql';

/** A case's requests for more information or tests, with the answers and attached reports. */
export const CASE_INFO_REQUESTS = graphql(`
  query DoctorCaseInfoRequests($caseId: ID!) {
    case(id: $caseId) {
      id
      infoRequests {
        id
        kind
        question
        status
        createdAt
        answer
        answeredAt
        specialist {
          id
          fullName
        }
        documents {
          id
          title
          kind
          contentType
        }
      }
    }
  }
`);

/** A specialist asks the patient's side for more information or a test. */
export const REQUEST_INFORMATION = graphql(`
  mutation RequestInformation($caseId: ID!, $kind: InfoRequestKind!, $question: String!) {
    requestInformation(caseId: $caseId, kind: $kind, question: $question) {
      id
      status
    }
  }
`);
