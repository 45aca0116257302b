import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Directive } from 'type-graphql';
import { newId } from '../ids/uuid';

/** What was done to the object. */
export enum AuditOperation {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditOperation, { name: 'AuditOperation' });

/** Whether the platform let it happen. */
export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/**
 * One read or change of health data (or an attempt), appended by the service that owns the data
 * and never changed afterwards: the API has no way to edit or delete it.
 */
@Directive('@shareable')
@ObjectType({ description: 'One read or change of health data, or an attempt at one.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['caseId', 'occurredAt'] })
@Index({ properties: ['accountId', 'occurredAt'] })
@Index({ properties: ['subjectPatientId', 'occurredAt'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  @Index()
  occurredAt: Date = new Date();

  @Field({ description: 'The service that holds the data.' })
  @Property({ type: 'string', length: 40 })
  service!: string;

  @Field(() => ID, { nullable: true, description: 'Who acted; null for an anonymous caller.' })
  @Property({ type: 'uuid', nullable: true })
  accountId: string | null = null;

  @Field(() => [String], { description: 'Their roles at the time.' })
  @Property({ type: 'json' })
  roles: string[] = [];

  @Field(() => ID, { nullable: true, description: 'The patient they acted for, if any.' })
  @Property({ type: 'uuid', nullable: true })
  actingForPatientId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Whose record was touched: the patient of the case or object (null when no patient is concerned, e.g. a price list).',
  })
  @Property({ type: 'uuid', nullable: true })
  subjectPatientId: string | null = null;

  @Field({ description: 'The kind of object, e.g. Case.' })
  @Property({ type: 'string', length: 40 })
  objectType!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 64 })
  objectId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => AuditOperation)
  @Enum({ items: () => AuditOperation })
  operation!: AuditOperation;

  @Field(() => [String], { description: 'The fields read or changed.' })
  @Property({ type: 'json' })
  fields: string[] = [];

  @Field(() => AuditOutcome)
  @Enum({ items: () => AuditOutcome })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was denied.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'The request id the caller can quote.' })
  @Property({ type: 'string', length: 128 })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'The client address.' })
  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 256, nullable: true })
  userAgent: string | null = null;
}
