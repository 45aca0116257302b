import { registerEnumType } from 'type-graphql';

/** Whose opinion it is: one specialist's own, or a board's consensus. */
export enum OpinionKind {
  /** one panel specialist's own opinion */
  INDIVIDUAL = 'INDIVIDUAL',
  /** a board's agreed opinion, drafted by any member and signed by the chair */
  CONSENSUS = 'CONSENSUS',
}

/**
 * Where an opinion stands (FHIR R4 DiagnosticReport.status: a draft is `preliminary`, a submitted
 * one `final`).
 */
export enum OpinionStatus {
  /** being written; seen by its author (and, for a consensus, the board) only */
  DRAFT = 'DRAFT',
  /** signed and submitted; can no longer be changed */
  SUBMITTED = 'SUBMITTED',
}

/** What the specialist makes of the diagnosis the patient came with (DESIGN.md §2 step 7). */
export enum DiagnosisAssessment {
  CONFIRMED = 'CONFIRMED',
  REVISED = 'REVISED',
}

/** A board member's vote on one row of the consensus (the dissent matrix). */
export enum VoteLevel {
  AGREE = 'AGREE',
  PARTLY = 'PARTLY',
  DISAGREE = 'DISAGREE',
}

/** What a row of the dissent matrix is about. */
export enum DissentTopic {
  /** the consensus answer to one of the patient's questions */
  PATIENT_QUESTION = 'PATIENT_QUESTION',
  /** the consensus's recommended treatment */
  RECOMMENDED_TREATMENT = 'RECOMMENDED_TREATMENT',
}

/**
 * How far a board agrees on one row, once every member has voted: UNANIMOUS when all agree,
 * MAJORITY when more than half (but not all) agree, SPLIT otherwise (PARTLY does not count as
 * agreeing).
 */
export enum AgreementLevel {
  UNANIMOUS = 'UNANIMOUS',
  MAJORITY = 'MAJORITY',
  SPLIT = 'SPLIT',
}

registerEnumType(OpinionKind, {
  name: 'OpinionKind',
  description: 'One specialist’s own opinion, or a board’s consensus.',
});
registerEnumType(OpinionStatus, {
  name: 'OpinionStatus',
  description: 'DRAFT while written; SUBMITTED once signed (then unchangeable).',
});
registerEnumType(DiagnosisAssessment, {
  name: 'DiagnosisAssessment',
  description: 'Whether the specialist confirms or revises the diagnosis the patient came with.',
});
registerEnumType(VoteLevel, {
  name: 'VoteLevel',
  description: 'A board member’s vote on one row of the consensus.',
});
registerEnumType(DissentTopic, {
  name: 'DissentTopic',
  description: 'What a row of the dissent matrix is about.',
});
registerEnumType(AgreementLevel, {
  name: 'AgreementLevel',
  description:
    'UNANIMOUS: every member agrees; MAJORITY: more than half agree; SPLIT: no majority agrees.',
});
