import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { CaseStage } from '../case/case-stage.enum';

/**
 * One entry of a case's timeline: an event that concerned the case, with the stage change it
 * caused (or none), who caused it and when. Refused transitions are kept too, marked.
 */
@ObjectType({ description: "One entry of a case's timeline." })
@Entity({ tableName: 'case_timeline_entry' })
@Index({ properties: ['caseId', 'occurredAt'] })
export class CaseTimelineEntry extends ConsiliumEntity {
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => ID, { description: 'The domain event this entry records.' })
  @Property({ type: 'uuid', unique: true })
  eventId!: string;

  @Field({ description: 'The event, e.g. PanelConfirmed.' })
  @Property({ type: 'string', length: 64 })
  eventType!: string;

  @Field(() => Date, { description: 'When it happened (UTC).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => CaseStage, { nullable: true, description: 'The stage before, when it changed.' })
  @Enum({ items: () => CaseStage, nullable: true })
  fromStage: CaseStage | null = null;

  @Field(() => CaseStage, { nullable: true, description: 'The stage after, when it changed.' })
  @Enum({ items: () => CaseStage, nullable: true })
  toStage: CaseStage | null = null;

  @Field(() => String, { nullable: true, description: 'The account that caused it, if a person.' })
  @Property({ type: 'string', length: 64, nullable: true })
  actorAccountId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The patient the actor acted for (a proxy acting for them, or the patient).',
  })
  @Property({ type: 'uuid', nullable: true })
  actingForPatientId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the stage did not change, if refused.' })
  @Property({ type: 'text', nullable: true })
  refusedBecause: string | null = null;
}
