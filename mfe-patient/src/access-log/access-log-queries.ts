import { graphql } from '../gql';
import type { PatientAccessLogQuery } from '../gql/graphql';

/**
 * One page of each service's part of a patient's access log (patient-intake: the personal
 * details and case history; records: documents, the health record, share links and their uses).
 * Each list has its own cursor; `@include` asks only the services that have more to give.
 */
export const PATIENT_ACCESS_LOG = graphql(`
  query PatientAccessLog(
    $patientId: ID!
    $filter: RecordAccessFilter
    $first: Int!
    $intakeAfter: String
    $recordsAfter: String
    $intake: Boolean!
    $records: Boolean!
  ) {
    patientIntakeAccessLog(
      patientId: $patientId
      filter: $filter
      first: $first
      after: $intakeAfter
    ) @include(if: $intake) {
      edges {
        node {
          id
          at
          service
          requestId
          channel
          outcome
          accessor {
            accountId
            displayName
            role
            proxyRelationship
            isYou
          }
          shareLink {
            id
            recipientEmail
            caseId
          }
          items {
            objectType
            objectId
            caseId
            title
            operation
            fields
            outcome
            refusal
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    recordsAccessLog(patientId: $patientId, filter: $filter, first: $first, after: $recordsAfter)
      @include(if: $records) {
      edges {
        node {
          id
          at
          service
          requestId
          channel
          outcome
          accessor {
            accountId
            displayName
            role
            proxyRelationship
            isYou
          }
          shareLink {
            id
            recipientEmail
            caseId
          }
          items {
            objectType
            objectId
            caseId
            title
            operation
            fields
            outcome
            refusal
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

/** One access as one service lists it. */
export type RecordAccessNode = NonNullable<
  PatientAccessLogQuery['recordsAccessLog']
>['edges'][number]['node'];

/** One part of the record an access touched. */
export type RecordAccessItemNode = RecordAccessNode['items'][number];
