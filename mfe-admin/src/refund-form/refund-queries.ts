import { graphql } from '../gql';

/** Refunds all or part of a payment through the provider (PENDING until it processes it). */
export const ISSUE_REFUND = graphql(`
  mutation IssueRefund($input: IssueRefundInput!) {
    issueRefund(input: $input) {
      id
      amount
      currency
      status
      reason
      closesCase
      createdAt
      processedAt
      failureReason
      payment {
        id
      }
    }
  }
`);
