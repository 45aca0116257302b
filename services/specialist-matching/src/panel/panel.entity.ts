import { Collection, Entity, Enum, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
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

  @Field(() => Int, { description: 'How many specialists the panel needs (its requested size).' })
  @Property({ type: 'integer', default: 1 })
  seats!: number;

  @Field(() => Boolean, {
    description: 'The platform chose the specialists and operations staff confirmed them.',
  })
  @Property({ type: 'boolean' })
  chosenByPlatform: Opt<boolean> = false;

  @Field(() => [String], { description: 'Specialties the patient asked the platform to include.' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  preferredSpecialties: Opt<string[]> = [];

  @Field(() => [String], { description: 'Languages the patient asked for, preferred first.' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  preferredLanguages: Opt<string[]> = [];

  @Field(() => Date, { nullable: true, description: 'When every seat was confirmed (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  /** the case was delivered, refunded, withdrawn or erased: no longer uses capacity */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** the key the patient's side sent with requestPanel; a retry returns this panel */
  @Property({ type: 'uuid', nullable: true })
  idempotencyKey: string | null = null;

  @OneToMany(() => PanelMember, (member) => member.panel)
  members = new Collection<PanelMember>(this);
}
