import { Field, ID, InputType, Int } from 'type-graphql';

/** What the payer's app sends to open the checkout for a case's fee. */
@InputType({ description: 'Opens the checkout for a case’s quoted fee.' })
export class CreatePaymentOrderInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, {
    description: 'The amount the payer was shown, in paise; must equal the quote.',
  })
  amountInPaise!: number;

  @Field({ description: 'ISO 4217 code of that amount; INR.' })
  currency!: string;

  @Field({ description: 'The name to print on the invoice as who paid (2–120 characters).' })
  billingName!: string;

  @Field({
    description:
      'A key the app makes once per checkout (8–64 letters, digits, - or _); retries with the same key never make a second order.',
  })
  idempotencyKey!: string;
}

/** The checkout's result, as the provider's checkout handed it to the payer's app. */
@InputType({ description: 'The provider checkout’s result, to be verified by billing.' })
export class ConfirmPaymentInput {
  @Field(() => ID, { description: 'The order (billing’s id).' })
  orderId!: string;

  @Field({ description: 'razorpay_payment_id' })
  providerPaymentId!: string;

  @Field({ description: 'razorpay_signature: HMAC-SHA256 of order_id|payment_id.' })
  providerSignature!: string;
}
