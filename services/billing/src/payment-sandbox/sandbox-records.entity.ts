import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * The embedded payment sandbox's own records (its "bank"), kept in billing's database but never
 * read by billing's code: billing only knows what the sandbox tells it over HTTP, exactly as it
 * would with Razorpay. Ids use Razorpay's prefixes (`order_`, `pay_`, `rfnd_`).
 */
@Entity({ tableName: 'sandbox_order' })
export class SandboxOrder {
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  receipt: string | null = null;

  @Property({ type: 'json' })
  notes: Opt<Record<string, string>> = {};

  /** created → attempted (a payment failed) → paid */
  @Property({ type: 'string', length: 16 })
  status: Opt<'created' | 'attempted' | 'paid'> = 'created';

  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}

/** One attempt to pay a sandbox order. */
@Entity({ tableName: 'sandbox_payment' })
export class SandboxPayment {
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 40 })
  orderId!: string;

  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'string', length: 16 })
  status!: 'captured' | 'failed' | 'refunded';

  @Property({ type: 'string', length: 16 })
  method!: string;

  @Property({ type: 'integer' })
  amountRefunded: Opt<number> = 0;

  @Property({ type: 'string', length: 255, nullable: true })
  errorDescription: string | null = null;

  @Property({ type: 'json' })
  notes: Opt<Record<string, string>> = {};

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}

/** A refund of a sandbox payment: pending, then processed once its delay has passed. */
@Entity({ tableName: 'sandbox_refund' })
export class SandboxRefund {
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 40 })
  paymentId!: string;

  @Property({ type: 'integer' })
  amount!: number;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'string', length: 16 })
  status: Opt<'pending' | 'processed'> = 'pending';

  @Property({ type: 'json' })
  notes: Opt<Record<string, string>> = {};

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
