import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PaymentSource, PaymentStatus, ReconciliationIssue } from './payment-enums';
import { PaymentOrder } from './payment-order.entity';

/**
 * One payment at the provider for an order (Razorpay's payment): captured or failed. Unique by
 * the provider's payment id, so the checkout's result, a webhook and reconciliation can all
 * report it and it is recorded once.
 */
@ObjectType({ description: 'A payment for a case’s fee.' })
@Entity({ tableName: 'payment' })
@Index({ properties: ['status', 'createdAt'] })
export class Payment extends ConsiliumEntity {
  @ManyToOne(() => PaymentOrder, { ref: true, deleteRule: 'restrict' })
  order!: Ref<PaymentOrder>;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'The provider’s payment id (e.g. pay_…), the payment reference.' })
  @Property({ type: 'string', length: 40, unique: true })
  providerPaymentId!: string;

  @Field(() => Int, { description: 'Amount paid in paise.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field({ description: 'upi, card, netbanking, wallet …' })
  @Property({ type: 'string', length: 16 })
  method!: string;

  @Field(() => PaymentStatus)
  @Enum({ items: () => PaymentStatus })
  status!: PaymentStatus;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  capturedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it failed, as the provider said.' })
  @Property({ type: 'string', length: 255, nullable: true })
  failureReason: string | null = null;

  @Field(() => ReconciliationIssue, { nullable: true })
  @Enum({
    items: () => ReconciliationIssue,
    nullable: true,
  })
  reconciliationIssue: ReconciliationIssue | null = null;

  @Field(() => Int, { description: 'Paise refunded so far (processed refunds).' })
  @Property({ type: 'integer' })
  amountRefunded: Opt<number> = 0;

  @Field(() => PaymentSource)
  @Enum({ items: () => PaymentSource })
  source!: PaymentSource;
}
