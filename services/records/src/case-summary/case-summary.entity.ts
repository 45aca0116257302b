import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { CaseSummaryStatus } from './case-summary-status.enum';

/**
 * The GP's case summary, which doubles as the referral note for the specialists (DESIGN.md §1 and
 * journey step 8): the history as a narrative, the key findings, the case's documents that matter
 * and the questions for the specialists. One per case; due 48 hours after the patient's consent
 * (target 24 hours). Published to FHIR R4 as a Composition of LOINC type 57133-1 "Referral note".
 */
@ObjectType({
  description:
    'The GP’s case summary of a case, which doubles as the referral note for the specialists.',
})
@Entity({ tableName: 'case_summary' })
@Index({ properties: ['status', 'dueAt'] })
export class CaseSummary extends ConsiliumEntity {
  /** the case (owned by patient-intake); one summary a case */
  @Property({ type: 'uuid', unique: true })
  caseId!: string;

  /** the case's patient, as records learned it from events */
  @Property({ type: 'uuid' })
  @Index()
  patientId!: string;

  @Field(() => ID, { description: 'The account of the GP assigned to write it.' })
  @Property({ type: 'uuid' })
  @Index()
  gpAccountId!: string;

  @Field({ description: 'The assigned GP’s name, as printed on the referral note.' })
  @Property({ type: 'string', length: 200 })
  gpName!: string;

  @Field(() => CaseSummaryStatus)
  @Enum({ items: () => CaseSummaryStatus })
  status: Opt<CaseSummaryStatus> = CaseSummaryStatus.DRAFT;

  @Field(() => Date, { description: 'When operations staff assigned the GP, or reassigned it.' })
  @Property({ type: 'datetime' })
  assignedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it is due: 48 hours after the patient signed the consent (null until they have).',
  })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the platform recorded it as overdue (once; null when it never was).',
  })
  @Property({ type: 'datetime', nullable: true })
  breachedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the GP submitted it (then it is final).',
  })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => String, {
    description: 'The history, as a narrative (empty while the draft has none).',
  })
  @Property({ type: 'text', default: '' })
  history: Opt<string> = '';

  @Field(() => [String], { description: 'The key findings, one a line.' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  keyFindings: Opt<string[]> = [];

  /** ids of the case's documents that matter (checked to belong to the case when saved) */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  relevantDocumentIds: Opt<string[]> = [];

  @Field(() => [String], { description: 'The questions for the specialists.' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  questions: Opt<string[]> = [];
}
