import { graphql } from '../gql';

/** A patient's erasure requests, newest first, with the itemised confirmation once erased. */
export const ERASURE_REQUESTS = graphql(`
  query PatientErasureRequests($patientId: ID!) {
    erasureRequests(patientId: $patientId, first: 20) {
      edges {
        node {
          id
          ...PatientErasureRequest
        }
      }
    }
  }
`);

/** What the patient sees of one request. */
export const ERASURE_REQUEST_FIELDS = graphql(`
  fragment PatientErasureRequest on ErasureRequest {
    id
    status
    reason
    requestedAt
    cancelledAt
    decidedAt
    declineReason
    completedAt
    cases {
      id
      createdAt
    }
    confirmation {
      completedAt
      items {
        category
        action
        service
        count
        caseId
        retainedUntil
        source
        retention {
          category
          years
        }
      }
    }
  }
`);

/** The retention schedule: what an erasure keeps sealed, how long, and the rule's source. */
export const RETENTION_SCHEDULE = graphql(`
  query RetentionSchedule {
    retentionSchedule {
      category
      years
      source
    }
  }
`);

/** Asks for the patient's record to be erased. */
export const REQUEST_ERASURE = graphql(`
  mutation RequestErasure($input: RequestErasureInput!) {
    requestErasure(input: $input) {
      id
      ...PatientErasureRequest
    }
  }
`);

/** Withdraws a pending request. */
export const CANCEL_ERASURE = graphql(`
  mutation CancelErasureRequest($id: ID!) {
    cancelErasureRequest(id: $id) {
      id
      ...PatientErasureRequest
    }
  }
`);
