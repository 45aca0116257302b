import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Quote } from '../quote/quote.entity';
import { PaymentOrderStatus, PaymentProviderKind } from './payment-enums';

/**
 * An order at the payment provider for a case's quoted fee (Razorpay's order): the payer's
 * checkout pays it. One per idempotency key; a case has at most one unpaid order at a time.
 */
@ObjectType({ description: 'An order to pay a case’s fee at the payment provider.' })
@Entity({ tableName: 'payment_order' })
export class PaymentOrder extends ConsiliumEntity {
  @Field(() => ID, { description: 'The case (owned by patient-intake).' })
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Quote, { ref: true, deleteRule: 'restrict' })
  quote!: Ref<Quote>;

  @Field(() => Int, { description: 'Amount in paise; always the quote’s.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** the client's key for retries of one checkout (unique: a retry never makes a second order) */
  @Property({ type: 'string', length: 64, unique: true })
  idempotencyKey!: string;

  @Field(() => PaymentProviderKind)
  @Enum({ items: () => PaymentProviderKind })
  provider!: PaymentProviderKind;

  @Field(() => String, {
    nullable: true,
    description: 'The provider’s order id (e.g. order_…), which the checkout opens.',
  })
  @Property({ type: 'string', length: 40, unique: true, nullable: true })
  providerOrderId: string | null = null;

  @Field(() => PaymentOrderStatus)
  @Enum({ items: () => PaymentOrderStatus })
  status: Opt<PaymentOrderStatus> = PaymentOrderStatus.CREATED;

  @Field({ description: 'The name printed on the invoice as who paid.' })
  @Property({ type: 'string', length: 120 })
  billingName!: string;

  /** the account that created it */
  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}
