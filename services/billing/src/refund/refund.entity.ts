import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Payment } from '../payment/payment.entity';
import { RefundInitiator, RefundStatus } from './refund-status.enum';

/**
 * Money given back on a captured payment, through the provider. Written before the provider is
 * asked (so a crash in between is found and finished by reconciliation, matched by the refund id
 * in the provider's notes), then tracked until the provider reports it processed.
 */
@ObjectType({ description: 'A refund of a payment.' })
@Entity({ tableName: 'refund' })
@Index({ properties: ['status', 'createdAt'] })
export class Refund extends ConsiliumEntity {
  @ManyToOne(() => Payment, { ref: true, deleteRule: 'restrict' })
  payment!: Ref<Payment>;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => Int, { description: 'Amount in paise.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field({ description: 'Why the money is given back.' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => RefundStatus)
  @Enum({ items: () => RefundStatus })
  status: Opt<RefundStatus> = RefundStatus.PENDING;

  @Field({ description: 'Whether the case ends CANCELLED once the refund is processed.' })
  @Property({ type: 'boolean' })
  closesCase!: boolean;

  @Field({ description: 'Made by the platform’s rules, not by a person.' })
  @Property({ type: 'boolean' })
  automatic!: boolean;

  @Field(() => RefundInitiator, { description: 'Who started it.' })
  @Enum({ items: () => RefundInitiator, default: RefundInitiator.OPERATIONS })
  initiatedBy!: RefundInitiator;

  /** the account that asked for it (null when automatic) */
  @Property({ type: 'uuid', nullable: true })
  requestedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'The provider’s refund id (rfnd_…).' })
  @Property({ type: 'string', length: 40, nullable: true, unique: true })
  providerRefundId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the provider refused it.' })
  @Property({ type: 'string', length: 255, nullable: true })
  failureReason: string | null = null;

  /**
   * when a dispatcher claimed it to send it to the provider (a lease: another may take it over
   * only after DISPATCH_LEASE_MS), so a refund is never sent twice at once
   */
  @Property({ type: 'datetime', nullable: true })
  dispatchingSince: Date | null = null;

  /** a caller's key, so a repeated request makes one refund */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  idempotencyKey: string | null = null;
}
