import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsiliumEntity } from '../entity/consilium-entity';
import { RetentionCategory } from './retention-schedule';

/**
 * What an erasure had to keep (retention schedule): the content, as JSON, encrypted with
 * AES-256-GCM under a data key of its own, which is wrapped by the service's master key. Only the
 * COMPLIANCE role can read it, each read logged; when `retainUntil` passes the retention worker
 * destroys the data key and the ciphertext, leaving only this description.
 */
@Directive('@shareable')
@ObjectType({
  description:
    'Data an erasure kept, sealed until its retention ends (readable only by compliance staff).',
})
@Entity({ tableName: 'sealed_record' })
@Index({ properties: ['patientId', 'createdAt'] })
@Index({ properties: ['retainUntil'] })
export class SealedRecord extends ConsiliumEntity {
  @Field({ description: 'The service that keeps it.' })
  @Property({ type: 'string', length: 40 })
  service!: string;

  @Field(() => ID, { description: 'The patient whose record was erased.' })
  @Property({ type: 'uuid' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The case it belongs to, if one.' })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The erasure request that sealed it.' })
  @Property({ type: 'uuid', nullable: true })
  erasureRequestId: string | null = null;

  @Field(() => RetentionCategory)
  @Enum({ items: () => RetentionCategory })
  category!: RetentionCategory;

  @Field({ description: 'What it holds, e.g. Consent, SpecialistOpinion, AccessLog.' })
  @Property({ type: 'string', length: 60 })
  kind!: string;

  @Field(() => Int, { description: 'How many items (entries, documents) it holds.' })
  @Property({ type: 'integer' })
  itemCount!: number;

  @Field(() => Date, { description: 'When the retention period started.' })
  @Property({ type: 'datetime' })
  retainedFrom!: Date;

  @Field(() => Date, { description: 'When it is destroyed (the end of its retention period).' })
  @Property({ type: 'datetime' })
  retainUntil!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was destroyed, once it has been.' })
  @Property({ type: 'datetime', nullable: true })
  destroyedAt: Date | null = null;

  /** the content's data key wrapped by the master key; null once destroyed */
  @Property({ type: 'text', nullable: true })
  wrappedDataKey: string | null = null;

  /** `iv ‖ ciphertext ‖ tag` of the JSON content, base64; null once destroyed */
  @Property({ type: 'text', nullable: true })
  ciphertext: string | null = null;
}
