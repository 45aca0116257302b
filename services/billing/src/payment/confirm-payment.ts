import {
  AuditOperation,
  BadUserInputError,
  ClientError,
  ConflictError,
  parseId,
  refuseMissing,
  type Logger,
} from '@consilium/subgraph-kit';
import { authorizeMoney } from '../access/payer-access';
import type { Context } from '../context.type';
import { paymentProvider, type ProviderPayment } from '../payment-provider';
import { dispatchRefundsInBackground } from '../refund/dispatch-refunds';
import { RefundStatus } from '../refund/refund-status.enum';
import { Refund } from '../refund/refund.entity';
import { PaymentSource } from './payment-enums';
import type { ConfirmPaymentInput } from './payment-order.input';
import { PaymentOrder } from './payment-order.entity';
import { Payment } from './payment.entity';
import { saveProviderPayment } from './record-provider-payment';

/**
 * Takes the result the provider's checkout handed the payer's app (Razorpay's handler response)
 * and records the payment, after verifying it server-side: the signature must be the HMAC-SHA256
 * of `order_id|payment_id` with the key secret, and the payment is then read from the provider
 * itself (amount, status), never from the client. Idempotent with the webhook of the same payment.
 * @param ctx - the request; the viewer must be the case's patient or their proxy
 * @param input - the order and the checkout's payment id and signature
 * @param logger - for flagged payments
 * @returns the payment (CAPTURED, or FAILED with the provider's reason)
 * @throws BAD_USER_INPUT naming providerSignature or providerPaymentId when they do not verify
 *   (nothing is recorded); CONFLICT while the bank has not confirmed it; FORBIDDEN for anyone
 *   else; PROVIDER_UNAVAILABLE
 */
export async function confirmPayment(
  ctx: Context,
  input: ConfirmPaymentInput,
  logger: Logger,
): Promise<Payment> {
  const orderId = parseId(input.orderId, 'orderId');
  const order = await ctx.em.findOne(PaymentOrder, { id: orderId });
  if (!order) refuseMissing(ctx, 'PaymentOrder', orderId);
  await authorizeMoney(ctx, order.caseId, 'PAYER', ['payment'], AuditOperation.CREATE);
  const provider = paymentProvider();
  if (
    !order.providerOrderId ||
    !provider.checkoutSignatureValid(
      order.providerOrderId,
      input.providerPaymentId,
      input.providerSignature,
    )
  ) {
    throw new BadUserInputError(
      'providerSignature',
      'The payment’s signature does not match this order, so nothing was recorded.',
    );
  }
  let given: ProviderPayment;
  try {
    given = await provider.payment(input.providerPaymentId);
  } catch (error) {
    logger.warn({ err: error }, 'payment not read from the provider');
    throw new ClientError(
      'PROVIDER_UNAVAILABLE',
      'The payment service did not answer; your payment is safe and will show here shortly.',
    );
  }
  if (given.order_id !== order.providerOrderId) {
    throw new BadUserInputError('providerPaymentId', 'This payment is not for this order.');
  }
  const payment = await saveProviderPayment(ctx.em, given, PaymentSource.CHECKOUT, logger);
  if (!payment) {
    throw new ConflictError(
      'The bank has not confirmed this payment yet; it will show here as soon as it does.',
    );
  }
  const automatic = await ctx.em
    .fork()
    .find(Refund, { payment: payment.id, status: RefundStatus.PENDING, providerRefundId: null });
  dispatchRefundsInBackground(
    ctx.em,
    logger,
    automatic.map((refund) => refund.id),
  );
  return ctx.em.fork().findOneOrFail(Payment, { id: payment.id });
}
