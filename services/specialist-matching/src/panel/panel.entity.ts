import { Collection, Entity, Enum, OneToMany, Property } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { PanelMode } from './panel-mode.enum';
import { PanelMember } from './panel-member.entity';

/** The specialists reviewing one case. */
@ObjectType({ description: 'The specialists reviewing one case.' })
@Entity({ tableName: 'panel' })
export class Panel extends ConsiliumEntity {
  /** the case (owned by patient-intake) this panel reviews; one panel per case */
  @Property({ type: 'uuid', unique: true })
  caseId!: string;

  @Field(() => PanelMode)
  @Enum({ items: () => PanelMode })
  mode!: PanelMode;

  @OneToMany(() => PanelMember, (member) => member.panel)
  members = new Collection<PanelMember>(this);
}
