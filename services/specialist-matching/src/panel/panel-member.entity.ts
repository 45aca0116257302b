import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { Specialist } from '../specialist/specialist.entity';
import { PanelMemberStatus } from './panel-member-status.enum';
import type { Panel } from './panel.entity';

/** One specialist on a panel and their answer (FHIR R4 CareTeam.participant). */
@ObjectType({ description: 'One specialist on a panel and their answer.' })
@Entity({ tableName: 'panel_member' })
@Unique({ properties: ['panel', 'specialist'] })
// a specialist's panels, newest request first (Specialist.panelMemberships)
@Index({ properties: ['specialist', 'createdAt'] })
export class PanelMember extends ConsiliumEntity {
  @ManyToOne('Panel', { ref: true, deleteRule: 'cascade' })
  panel!: Ref<Panel>;

  @ManyToOne(() => Specialist, { ref: true, deleteRule: 'restrict' })
  specialist!: Ref<Specialist>;

  @Field(() => PanelMemberStatus)
  @Enum({ items: () => PanelMemberStatus })
  status: Opt<PanelMemberStatus> = PanelMemberStatus.REQUESTED;

  @Field(() => Date, { nullable: true, description: 'When the specialist answered (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'Answer by then (UTC), or the request expires and a replacement is offered.',
  })
  @Property({ type: 'datetime', nullable: true })
  respondBy: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the specialist declined.' })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  /** the declined or expired member this one replaces */
  @Property({ type: 'uuid', nullable: true })
  replacesMemberId: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When another specialist was asked in this one’s place (declined or expired).',
  })
  @Property({ type: 'datetime', nullable: true })
  replacedAt: Date | null = null;
}
