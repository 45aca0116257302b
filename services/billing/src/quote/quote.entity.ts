import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { PriceList } from '../price-list/price-list.entity';

/**
 * The fee for one case, fixed from the price list in force when the panel was confirmed; a later
 * price change does not alter it.
 */
@ObjectType({ description: 'The fixed fee for one case.' })
@Entity({ tableName: 'quote' })
export class Quote extends ConsiliumEntity {
  /** the case (owned by patient-intake); one quote per case */
  @Property({ type: 'uuid', unique: true })
  caseId!: string;

  @ManyToOne(() => PriceList, { ref: true, deleteRule: 'restrict' })
  priceList!: Ref<PriceList>;

  @Field(() => Int, { description: 'Specialists on the confirmed panel.' })
  @Property({ type: 'integer' })
  panelSize!: number;

  @Field(() => Int, { description: 'Amount in minor units (paise for INR).' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => Date, { description: 'After this the quote must be renewed (UTC).' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
