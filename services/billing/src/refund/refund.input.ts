import { Field, ID, InputType, Int } from 'type-graphql';

/** Operations staff giving money back on a payment. */
@InputType({ description: 'A refund by operations staff.' })
export class IssueRefundInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Paise to refund; all that is left to refund when omitted.',
  })
  amountInPaise?: number | null;

  @Field({ description: 'Why (5–500 characters); shown to the patient.' })
  reason!: string;

  @Field({
    defaultValue: false,
    description:
      'Cancel the case once the refund is processed (the case cannot proceed). Only with a refund of everything left.',
  })
  closesCase!: boolean;

  @Field({
    description: 'A key per refund (8–64 letters, digits, - or _); a retry makes no second refund.',
  })
  idempotencyKey!: string;
}
