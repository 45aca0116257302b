import { Field, Int, ObjectType } from 'type-graphql';

/** Whether the patient's side may cancel a paid case for a refund now. */
@ObjectType({
  description: 'Whether the case can be cancelled for a refund now, and for how much.',
})
export class CancellationTerms {
  @Field()
  available!: boolean;

  @Field(() => Int, { description: 'Paise that would be refunded (0 when not available).' })
  refundAmount!: number;

  @Field(() => String, { nullable: true, description: 'Why it is not available.' })
  unavailableReason!: string | null;
}
