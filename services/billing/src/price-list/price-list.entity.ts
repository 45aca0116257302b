import { Collection, Entity, Index, OneToMany, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { PriceListEntry } from './price-list-entry.entity';

/**
 * A versioned, effective-dated list of fees by panel size (DESIGN.md §2 step 5). A new version
 * applies to cases quoted after its `effectiveFrom`; quotes keep the version they were made with.
 */
@ObjectType({ description: 'Versioned fees by panel size.' })
@Entity({ tableName: 'price_list' })
export class PriceList extends ConsiliumEntity {
  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  version!: number;

  @Field(() => Date, { description: 'When this version starts to apply (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  effectiveFrom!: Date;

  @Field({ description: 'ISO 4217 currency code.' })
  @Property({ type: 'string', length: 3 })
  currency: string = 'INR';

  @Field(() => [String], { description: 'What every fee includes.' })
  @Property({ type: 'json' })
  includes: string[] = [];

  @Field(() => [String], { description: 'What no fee includes.' })
  @Property({ type: 'json' })
  excludes: string[] = [];

  @OneToMany(() => PriceListEntry, (entry) => entry.priceList, {
    orderBy: { minSpecialists: 'asc' },
  })
  entries = new Collection<PriceListEntry>(this);
}
