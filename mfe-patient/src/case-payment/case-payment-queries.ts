import { graphql } from '../gql';

/**
 * A case's money as its patient (or proxy) follows it: the quote, the payment attempts, the
 * invoice, the refunds and whether the case can still be cancelled for a refund (of what is left
 * of the fee).
 */
export const PATIENT_CASE_PAYMENT = graphql(`
  query PatientCasePayment($id: ID!) {
    case(id: $id) {
      id
      stage
      quote {
        id
        amount
        currency
        expired
        ...QuoteDetails
      }
      paymentOrder {
        id
        status
      }
      payments {
        id
        status
      }
      invoice {
        id
        amount
        currency
        ...InvoiceReceipt
      }
      refunds {
        id
        status
        closesCase
      }
      cancellationTerms {
        available
        refundAmount
        unavailableReason
      }
      ...PaymentAttempts
      ...CaseRefunds
    }
  }
`);

/** Renews an expired quote at today's price list. */
export const RENEW_QUOTE = graphql(`
  mutation RenewQuote($caseId: ID!) {
    renewQuote(caseId: $caseId) {
      id
      amount
      currency
      expired
      ...QuoteDetails
    }
  }
`);

/** A fresh 5-minute link to the invoice's PDF (asked for right before each download). */
export const PATIENT_INVOICE_DOWNLOAD = graphql(`
  query PatientInvoiceDownload($id: ID!) {
    case(id: $id) {
      id
      invoice {
        id
        downloadUrl
      }
    }
  }
`);

/** Cancels a paid case before any specialist contact, refunding what is left of the fee. */
export const CANCEL_CASE_FOR_REFUND = graphql(`
  mutation CancelCaseForRefund($caseId: ID!, $reason: String!) {
    cancelCaseForRefund(caseId: $caseId, reason: $reason) {
      id
      amount
      currency
      status
      reason
      closesCase
    }
  }
`);
