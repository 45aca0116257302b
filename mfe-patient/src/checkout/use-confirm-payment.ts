import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { PaymentArrival } from '../case-payment/case-payment.component';
import { CONFIRM_PAYMENT } from './checkout-queries';

/** What a Razorpay-protocol checkout hands the page when a payment succeeds. */
export interface CheckoutSuccess {
  razorpay_payment_id: string;
  razorpay_order_id: string;
  razorpay_signature: string;
}

/**
 * Confirms a checkout's successful payment with billing (`confirmPayment`, which verifies the
 * signature and reads the payment from the provider), then returns to the case page, which says
 * the payment was received and follows the case until it is active.
 * @param caseId - the case paid for
 * @returns a function taking our order's id and the checkout's result; it rejects with the
 *   mutation's error (the caller keeps the result, so trying again never pays twice)
 */
export function useConfirmPayment(
  caseId: string,
): (orderId: string, result: CheckoutSuccess) => Promise<void> {
  const [confirm] = useMutation(CONFIRM_PAYMENT);
  const navigate = useNavigate();
  return useCallback(
    async (orderId, result) => {
      await confirm({
        variables: {
          input: {
            orderId,
            providerPaymentId: result.razorpay_payment_id,
            providerSignature: result.razorpay_signature,
          },
        },
      });
      const arrival: PaymentArrival = { paymentConfirmed: true };
      void navigate(`/cases/${caseId}`, { state: arrival });
    },
    [caseId, confirm, navigate],
  );
}
