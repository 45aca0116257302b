import { graphql } from '../gql';

/** What paying a case's fee needs: its stage, the patient's name, the quote and the open order. */
export const PATIENT_CHECKOUT = graphql(`
  query PatientCheckout($id: ID!) {
    case(id: $id) {
      id
      stage
      patient {
        id
        fullName
      }
      quote {
        id
        amount
        currency
        expired
        ...QuoteDetails
      }
      invoice {
        id
        number
      }
      paymentOrder {
        id
        status
        provider
        providerOrderId
        checkoutKeyId
        merchantName
        amount
        currency
        billingName
      }
    }
  }
`);

/** Opens (or, for the same idempotency key, returns) the checkout order for the quoted fee. */
export const CREATE_PAYMENT_ORDER = graphql(`
  mutation CreatePaymentOrder($input: CreatePaymentOrderInput!) {
    createPaymentOrder(input: $input) {
      id
      status
      provider
      providerOrderId
      checkoutKeyId
      merchantName
      amount
      currency
      billingName
    }
  }
`);

/** Hands billing what the provider's checkout reported, to be verified and recorded. */
export const CONFIRM_PAYMENT = graphql(`
  mutation ConfirmPayment($input: ConfirmPaymentInput!) {
    confirmPayment(input: $input) {
      id
      status
      amount
    }
  }
`);
