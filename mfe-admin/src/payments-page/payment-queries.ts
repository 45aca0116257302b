import { graphql } from '../gql';

/** What a row of the payments table shows, and what the refund form needs. */
export const PAYMENT_ROW = graphql(`
  fragment PaymentRow on Payment {
    id
    caseId
    case {
      id
      stage
      patient {
        id
        fullName
      }
    }
    providerPaymentId
    amount
    currency
    method
    status
    capturedAt
    failureReason
    reconciliationIssue
    amountRefunded
    refundableAmount
    source
    createdAt
    order {
      id
      billingName
      providerOrderId
    }
    invoice {
      id
      number
      downloadUrl
    }
    refunds {
      id
      amount
      currency
      status
      reason
      closesCase
      createdAt
      processedAt
      failureReason
    }
  }
`);

/** Payments, newest first, as the filters narrow them. */
export const PAYMENTS = graphql(`
  query Payments($filter: PaymentFilter, $first: Int!, $after: String) {
    payments(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          ...PaymentRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The payments of one case (read through the case, so the list's own pages are left as loaded),
 * read again after a refund and while one of its refunds is pending at the provider: the rows
 * showing these payments follow.
 */
export const PAYMENTS_OF_CASE = graphql(`
  query PaymentsOfCase($caseId: ID!) {
    case(id: $caseId) {
      id
      payments {
        id
        ...PaymentRow
      }
    }
  }
`);
