import type { ConsensusVote } from './consensus-vote.entity';
import type { Opinion } from './opinion.entity';
import { AgreementLevel, DissentTopic, VoteLevel } from './opinion.enums';
import type { DissentMatrix } from './opinion.types';

/** The row key of the recommended treatment. */
export const TREATMENT_ROW = 'TREATMENT';

/**
 * The row key of a patient question.
 * @param questionIndex - 0-based
 * @returns e.g. `Q2`
 */
export const questionRow = (questionIndex: number): string => `Q${questionIndex}`;

/** A row of the matrix before votes: what is voted on. */
export interface MatrixRowText {
  rowKey: string;
  topic: DissentTopic;
  questionIndex: number | null;
  question: string | null;
  statement: string | null;
}

/**
 * The rows a board votes on: the consensus's recommended treatment, then its answer to each of the
 * patient's questions.
 * @param consensus - the consensus (its content)
 * @returns the rows in order
 */
export function matrixRows(
  consensus: Pick<Opinion, 'recommendedTreatment' | 'answers'>,
): MatrixRowText[] {
  return [
    {
      rowKey: TREATMENT_ROW,
      topic: DissentTopic.RECOMMENDED_TREATMENT,
      questionIndex: null,
      question: null,
      statement: consensus.recommendedTreatment,
    },
    ...consensus.answers.map((answer) => ({
      rowKey: questionRow(answer.questionIndex),
      topic: DissentTopic.PATIENT_QUESTION,
      questionIndex: answer.questionIndex,
      question: answer.question,
      statement: answer.answer,
    })),
  ];
}

/**
 * The rows whose text differs between two versions of a consensus (their votes no longer count).
 * @param before - the content before a save
 * @param after - the content after it
 * @returns the row keys that changed
 */
export function changedRows(
  before: Pick<Opinion, 'recommendedTreatment' | 'answers'>,
  after: Pick<Opinion, 'recommendedTreatment' | 'answers'>,
): string[] {
  const old = new Map(matrixRows(before).map((row) => [row.rowKey, row.statement]));
  return matrixRows(after)
    .filter((row) => (old.get(row.rowKey) ?? null) !== row.statement)
    .map((row) => row.rowKey);
}

/**
 * How far a board agrees on a row once all have voted: UNANIMOUS when every member agrees,
 * MAJORITY when more than half agree, SPLIT otherwise (PARTLY is not agreement).
 * @param levels - the members' votes on the row
 * @param members - how many members vote
 * @returns the level, or null while votes are missing
 */
export function agreementOf(levels: readonly VoteLevel[], members: number): AgreementLevel | null {
  if (members === 0 || levels.length < members) return null;
  const agree = levels.filter((level) => level === VoteLevel.AGREE).length;
  if (agree === members) return AgreementLevel.UNANIMOUS;
  return agree * 2 > members ? AgreementLevel.MAJORITY : AgreementLevel.SPLIT;
}

/**
 * A consensus's dissent matrix: per row, the current members' votes (a member who has left the
 * panel no longer counts), who dissents with their reason, who has not voted, and the agreement.
 * @param consensus - the consensus opinion
 * @param votes - its votes
 * @param memberIds - the board's current members
 * @returns the matrix
 */
export function dissentMatrix(
  consensus: Pick<Opinion, 'recommendedTreatment' | 'answers'>,
  votes: readonly ConsensusVote[],
  memberIds: readonly string[],
): DissentMatrix {
  const members = new Set(memberIds);
  let missingVotes = 0;
  const rows = matrixRows(consensus).map((row) => {
    const onRow = votes
      .filter((vote) => vote.rowKey === row.rowKey && members.has(vote.specialistId))
      .sort((a, b) => memberIds.indexOf(a.specialistId) - memberIds.indexOf(b.specialistId));
    const voted = new Set(onRow.map((vote) => vote.specialistId));
    const pending = memberIds.filter((id) => !voted.has(id));
    missingVotes += pending.length;
    return {
      topic: row.topic,
      questionIndex: row.questionIndex,
      question: row.question,
      statement: row.statement,
      agreement: agreementOf(
        onRow.map((vote) => vote.level),
        memberIds.length,
      ),
      votes: onRow,
      dissents: onRow.filter((vote) => vote.level !== VoteLevel.AGREE),
      pendingMembers: pending.map((id) => ({ id })),
    };
  });
  return { complete: missingVotes === 0, missingVotes, rows };
}
