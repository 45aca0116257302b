import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import type { PriceList } from './price-list.entity';

/** The fee for panels of `minSpecialists`..`maxSpecialists` specialists. */
@ObjectType({ description: 'The fee for one range of panel sizes.' })
@Entity({ tableName: 'price_list_entry' })
export class PriceListEntry extends ConsiliumEntity {
  @ManyToOne('PriceList', { ref: true, deleteRule: 'cascade' })
  priceList!: Ref<PriceList>;

  @Field({ description: 'e.g. "Board of 3 or more specialists"' })
  @Property({ type: 'string', length: 128 })
  label!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  minSpecialists!: number;

  @Field(() => Int, { nullable: true, description: 'Null when there is no upper bound.' })
  @Property({ type: 'integer', nullable: true })
  maxSpecialists: number | null = null;

  @Field(() => Int, { description: 'Fee in minor units (paise for INR).' })
  @Property({ type: 'integer' })
  amount!: number;
}
