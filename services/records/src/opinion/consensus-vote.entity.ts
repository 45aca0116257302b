import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { VoteLevel } from './opinion.enums';

/**
 * One board member's vote on one row of the consensus (the dissent matrix): AGREE, PARTLY or
 * DISAGREE with the consensus answer to a patient question (`rowKey` `Q<index>`) or with its
 * recommended treatment (`TREATMENT`), with a short reason unless they agree. A change to that
 * row's text deletes the votes on it, so every vote counts for the text now in the consensus.
 */
@ObjectType({ description: 'A board member’s vote on one row of the consensus.' })
@Entity({ tableName: 'consensus_vote' })
@Unique({ properties: ['consensusId', 'specialistId', 'rowKey'] })
export class ConsensusVote extends ConsiliumEntity {
  /** the consensus opinion */
  @Property({ type: 'uuid' })
  @Index()
  consensusId!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  /** the member who voted */
  @Property({ type: 'uuid' })
  specialistId!: string;

  /** the member's name as their account gives it (for the plain-text report) */
  @Property({ type: 'string', length: 200, nullable: true })
  voterName: string | null = null;

  /** `TREATMENT` or `Q<question index>` */
  @Property({ type: 'string', length: 12 })
  rowKey!: string;

  @Field(() => VoteLevel)
  @Enum({ items: () => VoteLevel })
  level!: VoteLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Why the member agrees only partly or disagrees (null when they agree).',
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
