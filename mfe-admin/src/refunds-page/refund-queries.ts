import { graphql } from '../gql';

/** What a row of a refunds table shows. */
export const REFUND_ROW = graphql(`
  fragment RefundRow on Refund {
    id
    caseId
    amount
    currency
    reason
    status
    closesCase
    initiatedBy
    providerRefundId
    processedAt
    failureReason
    createdAt
    payment {
      id
      providerPaymentId
    }
  }
`);

/** Refunds, newest first, of one status or every status. */
export const REFUNDS = graphql(`
  query Refunds($status: RefundStatus, $first: Int!, $after: String) {
    refunds(status: $status, first: $first, after: $after) {
      edges {
        node {
          id
          ...RefundRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
