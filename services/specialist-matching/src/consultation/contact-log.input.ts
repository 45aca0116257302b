import { Field, ID, InputType } from 'type-graphql';
import { ContactChannel } from './contact-channel.enum';

/** A contact with the patient as the specialist logs it. */
@InputType({ description: 'A contact with the patient, as the specialist logs it.' })
export class ContactLogInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ContactChannel)
  channel!: ContactChannel;

  @Field({ description: 'When it happened (ISO 8601 with offset); not in the future.' })
  occurredAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'What was discussed, up to 2,000 characters.',
  })
  note?: string | null;
}
