import { Field, ID, InputType, Int } from 'type-graphql';
import { DiagnosisAssessment, DissentTopic, VoteLevel } from './opinion.enums';

/** An alternative to the recommended treatment as typed (parts may be empty in a draft). */
@InputType({ description: 'An alternative to the recommended treatment, with its pros and cons.' })
export class TreatmentAlternativeInput {
  @Field(() => String, { nullable: true })
  option?: string | null;

  @Field(() => String, { nullable: true })
  pros?: string | null;

  @Field(() => String, { nullable: true })
  cons?: string | null;
}

/** The answer to the patient's question at the same position. */
@InputType({
  description: 'The answer to the patient’s question at the same position in the list.',
})
export class OpinionAnswerInput {
  @Field(() => String, { nullable: true })
  answer?: string | null;
}

/**
 * A draft's content: each part given replaces the stored one whole; a null part clears it; a part
 * left out stays as it is. Incomplete content is fine in a draft.
 */
@InputType({
  description:
    'Saves an opinion draft: each part given replaces the stored one (null clears it, leaving it out keeps it).',
})
export class OpinionDraftInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The board’s consensus instead of the specialist’s own opinion (BOARD cases only).',
  })
  consensus?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the writer started from: CONFLICT when someone changed it since.',
  })
  expectedVersion?: number | null;

  @Field(() => DiagnosisAssessment, { nullable: true })
  diagnosisAssessment?: DiagnosisAssessment | null;

  @Field(() => String, { nullable: true, description: 'The revised diagnosis in words.' })
  revisedDiagnosis?: string | null;

  @Field(() => String, { nullable: true, description: 'The revised diagnosis as an ICD-10 code.' })
  revisedDiagnosisCode?: string | null;

  @Field(() => String, { nullable: true })
  recommendedTreatment?: string | null;

  @Field(() => [TreatmentAlternativeInput], { nullable: true })
  alternatives?: TreatmentAlternativeInput[] | null;

  @Field(() => [OpinionAnswerInput], {
    nullable: true,
    description: 'Answers in the order of the patient’s questions (at most one per question).',
  })
  answers?: OpinionAnswerInput[] | null;

  @Field(() => [String], { nullable: true })
  furtherTests?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

/** Signs and submits an opinion draft. */
@InputType({ description: 'Signs and submits an opinion draft.' })
export class SubmitOpinionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Sign the board’s consensus (the chair only) instead of the own opinion.',
  })
  consensus?: boolean | null;

  @Field(() => Int, { description: 'The version being signed, as the signer read it.' })
  expectedVersion!: number;

  @Field({
    description: 'The signer’s full name, typed as an attestation; must match their account.',
  })
  typedFullName!: string;
}

/** One vote of the dissent matrix. */
@InputType({ description: 'A vote on one row of the consensus.' })
export class ConsensusVoteInput {
  @Field(() => DissentTopic)
  topic!: DissentTopic;

  @Field(() => Int, {
    nullable: true,
    description: 'Which question (0-based), for PATIENT_QUESTION.',
  })
  questionIndex?: number | null;

  @Field(() => VoteLevel)
  level!: VoteLevel;

  @Field(() => String, { nullable: true, description: 'Required for PARTLY and DISAGREE.' })
  reason?: string | null;
}

/** A board member's votes on rows of the consensus version they read. */
@InputType({ description: 'A board member’s votes on the consensus version they read.' })
export class ConsensusVotesInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, {
    description: 'The consensus version voted on: CONFLICT when it changed since.',
  })
  consensusVersion!: number;

  @Field(() => [ConsensusVoteInput])
  votes!: ConsensusVoteInput[];
}
