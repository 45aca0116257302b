import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { InfoRequestKind, InfoRequestStatus } from './info-request-enums';

/**
 * A specialist's request for more information or a test (FHIR R4 Task); the case is
 * INFO_REQUESTED until every such request is answered. Answers may attach uploaded reports.
 */
@ObjectType({ description: 'A specialist’s request for more information or a test (Task).' })
@Entity({ tableName: 'info_request' })
export class InfoRequest extends ConsiliumEntity {
  @Field(() => ID)
  @Property({ type: 'uuid', index: true })
  caseId!: string;

  @Property({ type: 'uuid' })
  specialistId!: string;

  @Field(() => InfoRequestKind)
  @Enum({ items: () => InfoRequestKind })
  kind!: InfoRequestKind;

  @Field({ description: 'What is asked, in the specialist’s words.' })
  @Property({ type: 'text' })
  question!: string;

  @Field(() => InfoRequestStatus)
  @Enum({ items: () => InfoRequestStatus })
  status: Opt<InfoRequestStatus> = InfoRequestStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'The patient’s side’s answer.' })
  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  /** records' documents attached to the answer */
  @Property({ type: 'json' })
  documentIds: Opt<string[]> = [];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  answeredByAccountId: string | null = null;
}
