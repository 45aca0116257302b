import { Field, InputType, Int } from 'type-graphql';

/** One fee of a new price list. */
@InputType({ description: 'The fee for a range of panel sizes.' })
export class PriceListEntryInput {
  @Field({ description: 'e.g. "2 specialists" (2–128 characters).' })
  label!: string;

  @Field(() => Int)
  minSpecialists!: number;

  @Field(() => Int, { nullable: true, description: 'Null for no upper bound (the last entry).' })
  maxSpecialists?: number | null;

  @Field(() => Int, { description: 'Fee in paise, at least 100 (₹1).' })
  amountInPaise!: number;
}

/** A new version of the price list, for cases quoted from `effectiveFrom` on. */
@InputType({ description: 'A new price list version for future cases.' })
export class PublishPriceListInput {
  @Field(() => Date, { description: 'When it starts to apply (UTC); must be in the future.' })
  effectiveFrom!: Date;

  @Field(() => [PriceListEntryInput], {
    description: 'Fees from 1 specialist up, contiguous, the last with no upper bound.',
  })
  entries!: PriceListEntryInput[];

  @Field(() => [String], { description: 'What every fee includes (at least one line).' })
  includes!: string[];

  @Field(() => [String], { description: 'What no fee includes (at least one line).' })
  excludes!: string[];
}
