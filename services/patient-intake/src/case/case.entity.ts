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
import { Directive, Field, ObjectType } from 'type-graphql';
import { Patient } from '../patient/patient.entity';
import { CaseStage } from './case-stage.enum';
import { SecondOpinionReason } from './second-opinion-reason.enum';
import {
  AllergyIntolerance,
  Condition,
  Investigation,
  MedicationStatement,
  PatientLocation,
  Procedure,
  Symptom,
  TreatingPractitioner,
} from '../intake/case-history.types';

/**
 * One request for a second opinion about one patient. Owned by patient-intake; the other
 * subgraphs add its panel, quote and documents by `id`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One request for a second opinion about one patient.' })
@Entity({ tableName: 'medical_case' })
@Unique({ properties: ['patient', 'idempotencyKey'] })
// the case lists' keyset order (newest first), with and without a stage filter
@Index({ properties: ['stage', 'createdAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
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

  @Field(() => [Symptom])
  @Property({ type: 'json', defaultRaw: `'[]'` })
  symptoms: Opt<Symptom[]> = [];

  @Field(() => [Condition])
  @Property({ type: 'json', defaultRaw: `'[]'` })
  conditions: Opt<Condition[]> = [];

  @Field(() => [MedicationStatement])
  @Property({ type: 'json', defaultRaw: `'[]'` })
  medications: Opt<MedicationStatement[]> = [];

  @Field(() => [AllergyIntolerance])
  @Property({ type: 'json', defaultRaw: `'[]'` })
  allergies: Opt<AllergyIntolerance[]> = [];

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the patient said explicitly they have no known allergies.',
  })
  @Property({ type: 'boolean', nullable: true })
  noKnownAllergies: boolean | null = null;

  @Field(() => [Procedure])
  @Property({ type: 'json', defaultRaw: `'[]'` })
  procedures: Opt<Procedure[]> = [];

  @Field(() => [Investigation])
  @Property({ type: 'json', defaultRaw: `'[]'` })
  investigations: Opt<Investigation[]> = [];

  @Field(() => String, { nullable: true, description: 'Family, developmental or other history.' })
  @Property({ type: 'text', nullable: true })
  otherHistory: string | null = null;

  @Field(() => TreatingPractitioner, { nullable: true })
  @Property({ type: 'json', nullable: true })
  treatingPractitioner: TreatingPractitioner | null = null;

  @Field(() => String, { nullable: true, description: 'What the treating doctor advised.' })
  @Property({ type: 'text', nullable: true })
  treatmentAdvised: string | null = null;

  @Field(() => String, { nullable: true, description: 'The reason in the patient’s words.' })
  @Property({ type: 'text', nullable: true })
  reasonDetail: string | null = null;

  @Field(() => [String], { description: 'The patient’s questions for the specialists.' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  questions: Opt<string[]> = [];

  @Field(() => PatientLocation, { nullable: true, description: 'Where the patient is at intake.' })
  @Property({ type: 'json', nullable: true })
  patientLocation: PatientLocation | null = null;

  @Field(() => Date, { nullable: true, description: 'When the draft was last saved (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  draftSavedAt: Date | null = null;

  /** The client's key for the request that started the case (retries return the same case). */
  @Property({ type: 'uuid', nullable: true })
  idempotencyKey: string | null = null;

  /** The account that started the case (the patient or a proxy). */
  @Property({ type: 'uuid', nullable: true })
  createdByAccountId: string | null = null;
}
