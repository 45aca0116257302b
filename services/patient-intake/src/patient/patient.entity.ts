import { Entity, Enum, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';
import { AdministrativeGender } from './administrative-gender.enum';

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
    description: 'Mobile number in E.164, e.g. +919000001202.',
  })
  @Property({ type: 'string', length: 16, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Preferred language, e.g. Hindi.' })
  @Property({ type: 'string', length: 64, nullable: true })
  preferredLanguage: string | null = null;
}
