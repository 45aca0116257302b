import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { ConsiliumEntity } from '@consilium/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { DiagnosisAssessment, OpinionKind, OpinionStatus } from './opinion.enums';

/** An alternative to the recommended treatment with its pros and cons (a draft's may lack parts). */
@ObjectType({ description: 'An alternative to the recommended treatment, with its pros and cons.' })
export class TreatmentAlternative {
  @Field(() => String, {
    nullable: true,
    description: 'The option, e.g. “Hypofractionated radiotherapy alone”.',
  })
  option!: string | null;

  @Field(() => String, { nullable: true, description: 'What speaks for it.' })
  pros!: string | null;

  @Field(() => String, { nullable: true, description: 'What speaks against it.' })
  cons!: string | null;
}

/** The answer to one of the patient's questions (FHIR QuestionnaireResponse.item, simplified). */
@ObjectType({ description: 'The answer to one of the patient’s questions.' })
export class OpinionAnswer {
  @Field(() => Int, { description: 'Which question (0-based, in the order the patient asked).' })
  questionIndex!: number;

  @Field({ description: 'The patient’s question, as submitted with the case.' })
  question!: string;

  @Field(() => String, { nullable: true, description: 'The answer (null while not yet written).' })
  answer!: string | null;
}

/**
 * A specialist's structured second opinion on a case, or a board's consensus (DESIGN.md §2 step
 * 7; exported as a FHIR R4 DiagnosticReport once submitted): the assessment of the diagnosis,
 * the recommended treatment, alternatives with pros and cons, an answer to each of the patient's
 * questions, further tests advised and notes. A DRAFT accepts partial content; SUBMITTED (signed
 * with the signer's typed full name) is complete and never changes again. One per specialist per
 * case, and one consensus per board case (`slot`).
 */
@ObjectType({
  description:
    'A specialist’s structured second opinion, or a board’s consensus (FHIR R4 DiagnosticReport once submitted).',
})
@Entity({ tableName: 'opinion' })
@Unique({ properties: ['caseId', 'slot'] })
export class Opinion extends ConsiliumEntity {
  /** the case (owned by patient-intake) */
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  /** the patient whose lifetime record holds the opinion */
  @Property({ type: 'uuid' })
  @Index()
  patientId!: string;

  /** the author's specialist id, or `CONSENSUS`: one opinion per slot per case */
  @Property({ type: 'string', length: 40 })
  slot!: string;

  @Field(() => OpinionKind)
  @Enum({ items: () => OpinionKind })
  kind!: OpinionKind;

  /** the author of an individual opinion (null for a consensus) */
  @Property({ type: 'uuid', nullable: true })
  specialistId: string | null = null;

  @Field(() => OpinionStatus)
  @Enum({ items: () => OpinionStatus })
  status: Opt<OpinionStatus> = OpinionStatus.DRAFT;

  @Field(() => Int, {
    description:
      'Goes up with every change; send it back as expectedVersion (and consensusVersion when voting) so a colleague’s change is never overwritten unseen.',
  })
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Field(() => DiagnosisAssessment, { nullable: true })
  @Enum({ items: () => DiagnosisAssessment, nullable: true })
  diagnosisAssessment: DiagnosisAssessment | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The revised diagnosis in words (when the assessment is REVISED).',
  })
  @Property({ type: 'text', nullable: true })
  revisedDiagnosis: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The revised diagnosis as an ICD-10 code (WHO), e.g. C50.4; optional.',
  })
  @Property({ type: 'string', length: 20, nullable: true })
  revisedDiagnosisCode: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  recommendedTreatment: string | null = null;

  @Field(() => [TreatmentAlternative])
  @Property({ type: 'json', defaultRaw: `'[]'` })
  alternatives: Opt<TreatmentAlternative[]> = [];

  @Field(() => [OpinionAnswer], {
    description: 'One answer per question the patient asked, in their order.',
  })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  answers: Opt<OpinionAnswer[]> = [];

  @Field(() => [String], { description: 'Further tests or investigations advised (may be none).' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  furtherTests: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'Free-text notes for the patient.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  /** who saved it last (for a consensus, any board member) */
  @Property({ type: 'uuid', nullable: true })
  lastEditedBySpecialistId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was signed and submitted (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The full name the signer typed to attest it (their account’s name).',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  signerName: string | null = null;

  /** the specialist who signed (for a consensus, the board's chair) */
  @Property({ type: 'uuid', nullable: true })
  signerSpecialistId: string | null = null;

  /** the signer's account */
  @Property({ type: 'uuid', nullable: true })
  signerAccountId: string | null = null;
}
