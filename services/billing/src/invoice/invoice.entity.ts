import { Entity, Index, OneToOne, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Payment } from '../payment/payment.entity';

/**
 * The tax invoice and receipt of a captured payment, issued once and never changed: everything
 * it prints is copied in when it is issued. Numbered without gaps within each Indian financial
 * year (April–March, CGST Rules 2017 rule 46(b): a consecutive serial unique for the year, at
 * most 16 characters). It holds no clinical content, so it is kept after an erasure request for
 * the accounting retention period (CGST Act 2017 s.36: 72 months).
 */
@ObjectType({ description: 'The invoice and receipt of a payment.' })
@Entity({ tableName: 'invoice' })
@Unique({ properties: ['financialYear', 'sequence'] })
export class Invoice extends ConsiliumEntity {
  @Field({ description: 'e.g. CNS/26-27/000001' })
  @Property({ type: 'string', length: 16, unique: true })
  number!: string;

  @Field({ description: 'The Indian financial year, e.g. 2026-27.' })
  @Property({ type: 'string', length: 7 })
  financialYear!: string;

  /** the serial within the financial year, from 1 */
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @OneToOne(() => Payment, { ref: true, owner: true, deleteRule: 'restrict' })
  payment!: Ref<Payment>;

  @Field({ description: 'Who paid, as entered at checkout.' })
  @Property({ type: 'string', length: 120 })
  billedTo!: string;

  @Field(() => [String], { description: 'The specialists of the confirmed panel.' })
  @Property({ type: 'json' })
  specialistNames: Opt<string[]> = [];

  @Field({ description: 'The fee line, e.g. "Board of 3 or more specialists".' })
  @Property({ type: 'string', length: 128 })
  description!: string;

  @Field(() => Int, { description: 'Amount in paise.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field()
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  includes: Opt<string[]> = [];

  @Field(() => [String])
  @Property({ type: 'json' })
  excludes: Opt<string[]> = [];

  @Field(() => Int)
  @Property({ type: 'integer' })
  priceListVersion!: number;

  @Field({ description: 'The provider’s payment id.' })
  @Property({ type: 'string', length: 40 })
  paymentReference!: string;

  @Field()
  @Property({ type: 'string', length: 16 })
  paymentMethod!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  issuedAt!: Date;
}

/** The last serial issued in one financial year (one row a year, bumped in the issuing transaction). */
@Entity({ tableName: 'invoice_sequence' })
export class InvoiceSequence {
  @Property({ type: 'string', length: 7, primary: true })
  financialYear!: string;

  @Property({ type: 'integer' })
  lastSequence: Opt<number> = 0;
}
