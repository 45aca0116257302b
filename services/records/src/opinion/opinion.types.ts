import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsensusVote } from './consensus-vote.entity';
import { AgreementLevel, DissentTopic } from './opinion.enums';

/** `Specialist` as seen from records: owned by specialist-matching, referred to by `id`. */
@Directive('@key(fields: "id")')
@ObjectType('Specialist')
export class SpecialistReference {
  @Field(() => ID)
  id!: string;
}

/**
 * One row of a board's dissent matrix: the consensus text on one patient question (or on the
 * recommended treatment), every member's vote on it, and how far the board agrees.
 */
@ObjectType({
  description: 'One row of the dissent matrix: a consensus statement and the board’s votes on it.',
})
export class DissentRow {
  @Field(() => DissentTopic)
  topic!: DissentTopic;

  @Field(() => Int, {
    nullable: true,
    description: 'Which question (0-based) for PATIENT_QUESTION.',
  })
  questionIndex!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The patient’s question (null for the treatment).',
  })
  question!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The consensus text voted on: its answer, or its recommended treatment.',
  })
  statement!: string | null;

  @Field(() => AgreementLevel, {
    nullable: true,
    description: 'How far the board agrees (null until every member has voted on this row).',
  })
  agreement!: AgreementLevel | null;

  @Field(() => [ConsensusVote], { description: 'Every member’s vote on this row so far.' })
  votes!: ConsensusVote[];

  @Field(() => [ConsensusVote], {
    description: 'The votes that agree only partly or disagree, with their reasons.',
  })
  dissents!: ConsensusVote[];

  @Field(() => [SpecialistReference], {
    description: 'Members who have not voted on this row yet.',
  })
  pendingMembers!: SpecialistReference[];
}

/** Where a board agrees and where it does not, row by row (issue 7). */
@ObjectType({
  description:
    'Where a board agrees and where it does not: every member’s vote on each patient question and on the recommended treatment of the consensus.',
})
export class DissentMatrix {
  @Field(() => Boolean, { description: 'Every member has voted on every row of this version.' })
  complete!: boolean;

  @Field(() => Int, { description: 'Votes still missing (members × rows not yet voted).' })
  missingVotes!: number;

  @Field(() => [DissentRow], {
    description: 'The recommended treatment first, then each question.',
  })
  rows!: DissentRow[];
}

/**
 * How a case's opinions stand, for the doctor app's editor and the patient's reading: the
 * questions to answer, the confirmed panel, the chair of a board, whether doctors may write now.
 */
@ObjectType({
  description: 'How a case’s opinions stand: who writes, the board’s chair, the questions.',
})
export class OpinionProgress {
  @Field(() => String, {
    nullable: true,
    description: 'SINGLE, MULTIPLE, BOARD or PLATFORM_CHOOSES, from the confirmed panel.',
  })
  panelMode!: string | null;

  @Field(() => [String], { description: 'The patient’s questions, which every opinion answers.' })
  questions!: string[];

  @Field(() => [SpecialistReference], {
    description:
      'The confirmed panel’s specialists, in the order confirmed (a board’s chair first).',
  })
  panel!: SpecialistReference[];

  @Field(() => SpecialistReference, {
    nullable: true,
    description:
      'A board’s chair, who signs the consensus: the first specialist of the confirmed panel (null unless BOARD).',
  })
  chair!: SpecialistReference | null;

  @Field(() => Boolean, {
    description: 'Doctors may write now: the fee is paid and the case is not closed.',
  })
  acceptingOpinions!: boolean;

  @Field(() => Boolean, {
    description:
      'Every opinion needed is submitted: each panel specialist’s, or for a board its consensus.',
  })
  complete!: boolean;
}
