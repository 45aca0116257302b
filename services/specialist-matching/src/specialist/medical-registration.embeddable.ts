import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * A doctor's medical council registration, shown on every opinion, receipt and message
 * (Telemedicine Practice Guidelines 2020, Board of Governors in supersession of MCI).
 */
@ObjectType({
  description: 'Medical council registration (Telemedicine Practice Guidelines 2020).',
})
@Embeddable()
export class MedicalRegistration {
  @Field({ description: 'e.g. Delhi Medical Council' })
  @Property({ type: 'string', length: 128 })
  council!: string;

  @Field({ description: 'Registration number as issued, e.g. DMC/R/04521' })
  @Property({ type: 'string', length: 64 })
  number!: string;

  @Field(() => Int, { description: 'Year of registration' })
  @Property({ type: 'integer' })
  year!: number;
}
