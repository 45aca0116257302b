import { Entity, Enum, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';
import { AdministrativeGender } from './administrative-gender.enum';
import { Address, EmergencyContact, Guardian, Identifier } from './patient-details.types';

/**
 * The person a second opinion is for (FHIR R4 Patient). Owned by patient-intake; other subgraphs
 * extend it by `id`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'The person a second opinion is for (FHIR R4 Patient).' })
@Entity({ tableName: 'patient' })
export class Patient extends ConsiliumEntity {
  @Field({ description: 'Full name as the patient writes it, in any script.' })
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'The name in a local script, if given.' })
  @Property({ type: 'text', nullable: true })
  nameLocal: string | null = null;

  @Field(() => LocalDateResolver, { description: 'Date of birth (ISO 8601 date).' })
  @Property({ type: 'string', columnType: 'date' })
  birthDate!: string;

  @Field(() => AdministrativeGender)
  @Enum({ items: () => AdministrativeGender })
  gender!: AdministrativeGender;

  @Field(() => String, {
    nullable: true,
    description: 'Gender identity in the patient’s words, if they give it.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  genderIdentity: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile number in E.164, e.g. +919000001202.',
  })
  @Property({ type: 'string', length: 16, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Preferred language as a BCP 47 tag, e.g. ml (FHIR Patient.communication).',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  preferredLanguage: string | null = null;

  @Field(() => Address, { nullable: true })
  @Property({ type: 'json', nullable: true })
  address: Address | null = null;

  @Field(() => EmergencyContact, { nullable: true })
  @Property({ type: 'json', nullable: true })
  emergencyContact: EmergencyContact | null = null;

  @Field(() => Identifier, {
    nullable: true,
    description: 'The identity document seen (Telemedicine Practice Guidelines 2020, §3.3).',
  })
  @Property({ type: 'json', nullable: true })
  identifier: Identifier | null = null;

  @Field(() => Guardian, { nullable: true, description: 'For a minor: their parent or guardian.' })
  @Property({ type: 'json', nullable: true })
  guardian: Guardian | null = null;

  /** The account that registered the patient (the patient or their proxy). */
  @Property({ type: 'uuid', nullable: true })
  registeredByAccountId: string | null = null;
}
