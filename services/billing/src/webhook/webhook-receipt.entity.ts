import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * A provider webhook billing has taken (by its `X-Razorpay-Event-Id`), so a redelivery is
 * answered 200 and changes nothing.
 */
@Entity({ tableName: 'webhook_receipt' })
export class WebhookReceipt {
  @PrimaryKey({ type: 'string', length: 64 })
  eventId!: string;

  /** e.g. payment.captured */
  @Property({ type: 'string', length: 40 })
  event!: string;

  /** what it did, e.g. "captured pay_…" or "ignored: already known" */
  @Property({ type: 'string', length: 255 })
  outcome!: string;

  @Property({ type: 'datetime' })
  receivedAt: Opt<Date> = new Date();
}
