import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Patient } from '../patient/patient.entity';
import { CaseStage } from './case-stage.enum';
import { SecondOpinionReason } from './second-opinion-reason.enum';

/**
 * One request for a second opinion about one patient. Owned by patient-intake; the other
 * subgraphs add its panel, quote and documents by `id`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One request for a second opinion about one patient.' })
@Entity({ tableName: 'medical_case' })
export class Case extends ConsiliumEntity {
  @ManyToOne(() => Patient, { ref: true, deleteRule: 'restrict' })
  patient!: Ref<Patient>;

  @Field(() => CaseStage)
  @Enum({ items: () => CaseStage })
  @Index()
  stage: CaseStage = CaseStage.DRAFT;

  @Field(() => String, { nullable: true, description: 'The main problem, in the patient’s words.' })
  @Property({ type: 'text', nullable: true })
  presentingComplaint: string | null = null;

  @Field(() => SecondOpinionReason, { nullable: true })
  @Enum({ items: () => SecondOpinionReason, nullable: true })
  reasonForSecondOpinion: SecondOpinionReason | null = null;

  @Field(() => Date, { nullable: true, description: 'When the patient submitted the case (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;
}
