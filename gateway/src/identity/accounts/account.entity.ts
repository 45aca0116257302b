import { Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity, type Role } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { AccountRole } from './account-role.enum';

/**
 * A person who signs in: a patient, a proxy, or staff (specialist, GP, operations). The password
 * is kept only as an argon2id hash; email and phone are unique and normalised (lower-case email,
 * E.164 phone).
 */
@ObjectType({ description: 'A person who signs in to Consilium.' })
@Entity({ tableName: 'account' })
export class Account extends ConsiliumEntity {
  @Field()
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true, unique: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +919868227853.' })
  @Property({ type: 'string', length: 16, nullable: true, unique: true })
  phone: string | null = null;

  /** argon2id hash (PHC string); null until a staff member sets their first password */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  passwordHash: string | null = null;

  @Field(() => [AccountRole])
  @Property({ type: 'json' })
  roles!: Role[];

  @Field(() => ID, {
    nullable: true,
    description: "The patient record of a patient's own account.",
  })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  patientId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The specialist profile of a specialist.' })
  @Property({ type: 'uuid', nullable: true })
  specialistId: string | null = null;

  @Field(() => String, { description: 'Preferred language: en or hi.' })
  @Property({ type: 'string', length: 8 })
  language: Opt<string> = 'en';

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  phoneVerifiedAt: Date | null = null;

  /** failed sign-ins since the last success (reset on success) */
  @Property({ type: 'integer' })
  failedSignIns: Opt<number> = 0;

  @Field(() => Date, { nullable: true, description: 'Locked after repeated failed sign-ins.' })
  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  /** tokens issued before this instant are no longer accepted ("sign out everywhere") */
  @Property({ type: 'datetime', nullable: true })
  sessionsRevokedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;
}
