import { graphql } from '../gql';

/** What needs operations' attention in payments. */
export const PAYMENT_RECONCILIATION = graphql(`
  query PaymentReconciliation {
    paymentReconciliation {
      flaggedPayments {
        id
        ...PaymentRow
      }
      staleOrders {
        id
        caseId
        amount
        currency
        status
        providerOrderId
        createdAt
        billingName
      }
      pendingRefunds {
        id
        ...RefundRow
      }
      failedRefunds {
        id
        ...RefundRow
      }
    }
  }
`);

/** Asks the provider now about unpaid orders and pending refunds. */
export const RECONCILE_PAYMENTS = graphql(`
  mutation ReconcilePayments {
    reconcilePayments {
      ordersChecked
      paymentsRecovered
      refundsSettled
      refundsSent
      ranAt
    }
  }
`);
