import { Embedded, Entity, Index, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { MedicalRegistration } from './medical-registration.embeddable';

/** A consulting specialist (FHIR R4 Practitioner with PractitionerRole specialty). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A consulting specialist (FHIR R4 Practitioner).' })
@Entity({ tableName: 'specialist' })
@Index({ properties: ['listed', 'fullName', 'id'] })
export class Specialist extends ConsiliumEntity {
  @Field({ description: 'Name in Latin script.' })
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Name in a local script.' })
  @Property({ type: 'text', nullable: true })
  nameLocal: string | null = null;

  @Field({ description: 'e.g. Medical Oncology' })
  @Property({ type: 'string', length: 128 })
  @Index()
  specialty!: string;

  @Field(() => String, { nullable: true, description: 'e.g. Breast Oncology' })
  @Property({ type: 'string', length: 128, nullable: true })
  subSpecialty: string | null = null;

  @Field({ description: 'Degrees as written, e.g. MBBS, MD (Medicine), DM (Medical Oncology)' })
  @Property({ type: 'text' })
  qualifications!: string;

  @Field({ description: 'Trained at an AIIMS campus.' })
  @Property({ type: 'boolean' })
  aiimsTrained: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer' })
  yearsOfExperience!: number;

  @Field(() => [String], { description: 'Languages the specialist consults in.' })
  @Property({ type: 'json' })
  languages: string[] = [];

  @Field()
  @Property({ type: 'string', length: 128 })
  city!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  hospitals: string[] = [];

  @Field(() => MedicalRegistration)
  @Embedded(() => MedicalRegistration, { prefix: 'registration_' })
  registration!: MedicalRegistration;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  bio: string | null = null;

  @Field(() => Int, { description: 'Most cases the specialist takes at once.' })
  @Property({ type: 'integer' })
  maxActiveCases: number = 5;

  /** verified by operations staff and active: only listed specialists appear in the directory */
  @Field({ description: 'Verified by operations and active, so shown in the directory.' })
  @Property({ type: 'boolean' })
  listed: boolean = false;
}
