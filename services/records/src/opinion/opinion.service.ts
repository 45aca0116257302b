import {
  actorOf,
  ClientError,
  ConflictError,
  ForbiddenError,
  parseId,
  recordEvent,
  requireViewer,
  type BaseContext,
} from '@consilium/subgraph-kit';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { isCaseActive, requireActiveCase } from '../case-progress/case-progress';
import { ConsensusVote } from './consensus-vote.entity';
import { dissentMatrix, questionRow, TREATMENT_ROW, changedRows } from './dissent-matrix';
import {
  draftContent,
  missingParts,
  OPINION_LIMITS,
  opinionProblemsError,
  optionalText,
  signerNameProblem,
  type OpinionContent,
} from './opinion-content';
import { authorizeOpinionRead, authorizeOpinionWrite, type OpinionReader } from './opinion-access';
import { opinionLoaders } from './opinion-loaders';
import { Opinion } from './opinion.entity';
import {
  DiagnosisAssessment,
  DissentTopic,
  OpinionKind,
  OpinionStatus,
  VoteLevel,
} from './opinion.enums';
import type { ConsensusVotesInput, OpinionDraftInput, SubmitOpinionInput } from './opinion.inputs';
import type { DissentMatrix, OpinionProgress } from './opinion.types';
import type { Problem } from '@consilium/validation';

/** The slot of a board's consensus (an individual opinion's slot is its author's id). */
const CONSENSUS_SLOT = 'CONSENSUS';

/** Whether the case is decided by a board (one consensus plus each member's own opinion). */
const isBoard = (progress: CaseProgress): boolean => progress.panelMode === 'BOARD';

/**
 * A board's chair, who signs the consensus: the first specialist of the confirmed panel
 * (PanelConfirmed.specialistIds, in the order the panel was formed; if the chair declines, the
 * next one). Null unless the panel is a BOARD.
 * @param progress - the case's progress
 * @returns the chair's specialist id, or null
 */
export function chairOf(progress: CaseProgress): string | null {
  return isBoard(progress) ? (progress.panelSpecialistIds[0] ?? null) : null;
}

/** An opinion's written parts. */
function contentOf(opinion: Opinion): OpinionContent {
  return {
    diagnosisAssessment: opinion.diagnosisAssessment,
    revisedDiagnosis: opinion.revisedDiagnosis,
    revisedDiagnosisCode: opinion.revisedDiagnosisCode,
    recommendedTreatment: opinion.recommendedTreatment,
    alternatives: opinion.alternatives,
    answers: opinion.answers,
    furtherTests: opinion.furtherTests,
    notes: opinion.notes,
  };
}

/** Nothing written yet, with one empty answer per question. */
function emptyContent(questions: readonly string[]): OpinionContent {
  return {
    diagnosisAssessment: null,
    revisedDiagnosis: null,
    revisedDiagnosisCode: null,
    recommendedTreatment: null,
    alternatives: [],
    answers: questions.map((question, questionIndex) => ({
      questionIndex,
      question,
      answer: null,
    })),
    furtherTests: [],
    notes: null,
  };
}

/** CONFLICT for a write based on a version someone has since changed. */
function staleVersion(opinion: Opinion): ClientError {
  return new ClientError(
    'CONFLICT',
    `This opinion was changed since you opened it (it is now version ${opinion.version}); reload it, check the changes and try again.`,
    { field: 'expectedVersion', currentVersion: opinion.version },
  );
}

/** CONFLICT for any change to a signed opinion. */
function alreadySubmitted(opinion: Opinion): ConflictError {
  return new ConflictError(
    `This opinion was signed and submitted on ${opinion.submittedAt!.toISOString()}; it can no longer be changed.`,
  );
}

/**
 * Checks, before a write's transaction, that the viewer may write on the case's opinions (a
 * specialist of its confirmed panel; audited). Outside the transaction, as the authorisation
 * reads with the request's EntityManager.
 * @returns the writer's specialist id
 */
async function writerOf(ctx: BaseContext, caseId: string, fields: string[]): Promise<string> {
  const progress = await ctx.em.fork().findOne(CaseProgress, { caseId });
  return authorizeOpinionWrite(ctx, caseId, progress, fields);
}

/**
 * The case's progress in the write's transaction, locked where the database can
 * (PostgreSQL: FOR UPDATE), so two specialists signing at once still see each other (the last one
 * is `final`); SQLite writes one transaction at a time anyway. The case must be active and the
 * writer still on its panel.
 * @throws CONFLICT unless active; FORBIDDEN when the writer left the panel meanwhile
 */
async function activeCaseFor(
  em: EntityManager,
  caseId: string,
  specialistId: string,
): Promise<CaseProgress> {
  const sqlite = /sqlite/i.test(em.getDriver().constructor.name);
  await em.findOne(
    CaseProgress,
    { caseId },
    sqlite ? {} : { refresh: true, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  const active = await requireActiveCase(em, caseId);
  if (!active.panelSpecialistIds.includes(specialistId)) {
    throw new ForbiddenError(
      'Only the specialists of the case’s confirmed panel can write its opinions.',
    );
  }
  return active;
}

/** The patient of a case as records knows it, which an opinion must have. */
function patientOf(progress: CaseProgress): string {
  if (!progress.patientId) {
    throw new ConflictError('This case’s patient is not known here yet; try again in a moment.');
  }
  return progress.patientId;
}

/** The names of the parts a save changes, for the audit log. */
function partsGiven(input: OpinionDraftInput): string[] {
  return Object.keys(input).filter(
    (key) => !['caseId', 'consensus', 'expectedVersion'].includes(key),
  );
}

/**
 * Saves a draft of the viewer's own opinion, or of the board's consensus (any member). Each part
 * given replaces the stored one; incomplete content is fine. A change to the consensus's
 * recommended treatment or to an answer resets the members' votes on that row.
 * @param ctx - the request
 * @param input - the case, which opinion, the version the writer started from (0: none yet) and
 *   the parts
 * @returns the draft as saved
 * @throws BAD_USER_INPUT naming each broken rule (`input.…`); FORBIDDEN unless a specialist of
 *   the confirmed panel; CONFLICT while the case is not active, for a consensus outside a board,
 *   once submitted, or when someone changed it since `expectedVersion`
 */
export async function saveOpinionDraft(
  ctx: BaseContext,
  input: OpinionDraftInput,
): Promise<Opinion> {
  const caseId = parseId(input.caseId, 'input.caseId');
  const consensus = input.consensus === true;
  const specialistId = await writerOf(ctx, caseId, partsGiven(input));
  return ctx.em.transactional(async (em) => {
    const active = await activeCaseFor(em, caseId, specialistId);
    if (consensus && !isBoard(active)) {
      throw new ConflictError('Only a board writes a consensus opinion; write your own opinion.');
    }
    let opinion = await em.findOne(Opinion, {
      caseId,
      slot: consensus ? CONSENSUS_SLOT : specialistId,
    });
    if (opinion?.status === OpinionStatus.SUBMITTED) throw alreadySubmitted(opinion);
    const expected = input.expectedVersion;
    if (expected !== null && expected !== undefined && expected !== (opinion?.version ?? 0)) {
      if (opinion) throw staleVersion(opinion);
      throw new ClientError('CONFLICT', 'This opinion does not exist yet; reload the page.', {
        field: 'expectedVersion',
        currentVersion: 0,
      });
    }
    const before = opinion ? contentOf(opinion) : emptyContent(active.questions);
    const { content, problems } = draftContent(before, input, active.questions);
    if (problems.length)
      throw opinionProblemsError(problems, 'Some parts of the opinion are not valid');
    if (!opinion) {
      opinion = em.create(Opinion, {
        caseId,
        patientId: patientOf(active),
        slot: consensus ? CONSENSUS_SLOT : specialistId,
        kind: consensus ? OpinionKind.CONSENSUS : OpinionKind.INDIVIDUAL,
        specialistId: consensus ? null : specialistId,
      });
    } else if (JSON.stringify(before) !== JSON.stringify(content)) {
      opinion.version += 1;
      // the votes on a row whose text changed no longer count
      const changed = consensus ? changedRows(before, content) : [];
      if (changed.length) {
        await em.nativeDelete(ConsensusVote, {
          consensusId: opinion.id,
          rowKey: { $in: changed },
        });
      }
    }
    Object.assign(opinion, content);
    opinion.lastEditedBySpecialistId = specialistId;
    await em.flush();
    return opinion;
  });
}

/**
 * Signs and submits the viewer's own opinion, or (the chair only) the board's consensus: the
 * typed full name must match the signer's account name, and every part must be complete. A
 * consensus also needs every member's own opinion submitted and every member's vote on every
 * row of the version signed. Publishes OpinionSubmitted, `final` with the last opinion the case
 * needs: for SINGLE and MULTIPLE panels the last panel specialist's, for a board its consensus
 * (patient-intake then moves the case to OPINIONS_READY).
 * @param ctx - the request
 * @param input - the case, which opinion, the version read, the typed name
 * @returns the submitted opinion
 * @throws BAD_USER_INPUT listing the name mismatch (`input.typedFullName`) and each missing part
 *   (e.g. `answers[2].answer`); FORBIDDEN unless a specialist of the confirmed panel (for a
 *   consensus: its chair); CONFLICT while the case is not active, when already submitted, when
 *   changed since `expectedVersion`, or while a board member's opinion or vote is missing
 */
export async function submitOpinion(ctx: BaseContext, input: SubmitOpinionInput): Promise<Opinion> {
  const caseId = parseId(input.caseId, 'input.caseId');
  const consensus = input.consensus === true;
  const specialistId = await writerOf(ctx, caseId, ['status', 'signature']);
  return ctx.em.transactional(async (em) => {
    const active = await activeCaseFor(em, caseId, specialistId);
    const viewer = requireViewer(ctx);
    if (consensus) {
      if (!isBoard(active)) throw new ConflictError('Only a board has a consensus opinion.');
      if (chairOf(active) !== specialistId) {
        throw new ForbiddenError(
          'Only the board’s chair (the first specialist of the confirmed panel) signs the consensus.',
        );
      }
    }
    const opinion = await em.findOne(Opinion, {
      caseId,
      slot: consensus ? CONSENSUS_SLOT : specialistId,
    });
    if (opinion?.status === OpinionStatus.SUBMITTED) throw alreadySubmitted(opinion);
    if (opinion && input.expectedVersion !== opinion.version) throw staleVersion(opinion);
    if (!viewer.displayName) {
      throw new ConflictError(
        'Your sign-in carries no name to check the signature against; sign out, sign in again and sign.',
      );
    }
    const nameProblem = signerNameProblem(input.typedFullName, viewer.displayName);
    const problems: Problem[] = [
      ...(nameProblem ? [nameProblem] : []),
      ...missingParts(opinion ? contentOf(opinion) : emptyContent(active.questions)),
    ];
    if (problems.length || !opinion) {
      throw opinionProblemsError(problems, 'The opinion cannot be signed yet');
    }
    const own = await em.find(Opinion, {
      caseId,
      kind: OpinionKind.INDIVIDUAL,
      status: OpinionStatus.SUBMITTED,
    });
    const signed = new Set(own.map((item) => item.specialistId));
    if (consensus) {
      const unsigned = active.panelSpecialistIds.filter((id) => !signed.has(id));
      if (unsigned.length) {
        throw new ConflictError(
          `Every board member signs their own opinion before the consensus: ${unsigned.length} of ${active.panelSpecialistIds.length} have not yet.`,
        );
      }
      const votes = await em.find(ConsensusVote, { consensusId: opinion.id });
      const matrix = dissentMatrix(opinion, votes, active.panelSpecialistIds);
      if (!matrix.complete) {
        throw new ClientError(
          'CONFLICT',
          `Every board member must vote on every row of this version of the consensus first: ${matrix.missingVotes} ${matrix.missingVotes === 1 ? 'vote is' : 'votes are'} missing.`,
          { missingVotes: matrix.missingVotes },
        );
      }
      // votes of anyone who left the panel since do not belong to the signed report
      await em.nativeDelete(ConsensusVote, {
        consensusId: opinion.id,
        specialistId: { $nin: active.panelSpecialistIds },
      });
    }
    if (opinion.diagnosisAssessment === DiagnosisAssessment.CONFIRMED) {
      opinion.revisedDiagnosis = null;
      opinion.revisedDiagnosisCode = null;
    }
    opinion.status = OpinionStatus.SUBMITTED;
    opinion.version += 1;
    opinion.submittedAt = new Date();
    opinion.signerName = input.typedFullName.normalize('NFC').trim().replace(/\s+/gu, ' ');
    opinion.signerSpecialistId = specialistId;
    opinion.signerAccountId = viewer.accountId;
    signed.add(specialistId);
    const final =
      consensus || (!isBoard(active) && active.panelSpecialistIds.every((id) => signed.has(id)));
    recordEvent(em, {
      type: 'OpinionSubmitted',
      caseId,
      patientId: opinion.patientId,
      actor: actorOf(ctx, opinion.patientId),
      data: { opinionId: opinion.id, specialistId, final },
    });
    await em.flush();
    return opinion;
  });
}

/**
 * Records a board member's votes on rows of the consensus draft (agree, partly, disagree; a short
 * reason is required unless they agree), on the version they read. A later vote on the same row
 * replaces the earlier one.
 * @param ctx - the request
 * @param input - the case, the consensus version read, the votes
 * @returns the consensus
 * @throws BAD_USER_INPUT naming each bad vote (`input.votes[1].reason`); FORBIDDEN unless a board
 *   member; CONFLICT while the case is not active, without a consensus draft, once it is signed,
 *   when it changed since `consensusVersion`, or for a row it has no text for yet
 */
export async function voteOnConsensus(
  ctx: BaseContext,
  input: ConsensusVotesInput,
): Promise<Opinion> {
  const caseId = parseId(input.caseId, 'input.caseId');
  const specialistId = await writerOf(ctx, caseId, ['votes']);
  return ctx.em.transactional(async (em) => {
    const active = await activeCaseFor(em, caseId, specialistId);
    if (!isBoard(active)) throw new ConflictError('Only a board votes on a consensus.');
    const consensus = await em.findOne(Opinion, { caseId, slot: CONSENSUS_SLOT });
    if (!consensus) {
      throw new ConflictError('There is no consensus draft to vote on yet; draft it first.');
    }
    if (consensus.status === OpinionStatus.SUBMITTED) throw alreadySubmitted(consensus);
    if (input.consensusVersion !== consensus.version) {
      throw new ClientError(
        'CONFLICT',
        `The consensus was changed since you read it (it is now version ${consensus.version}); read it again before voting.`,
        { field: 'consensusVersion', currentVersion: consensus.version },
      );
    }
    const problems: Problem[] = [];
    const rows = new Map<string, { level: VoteLevel; reason: string | null }>();
    input.votes.forEach((vote, index) => {
      const at = `input.votes[${index}]`;
      let rowKey = TREATMENT_ROW;
      let statement = consensus.recommendedTreatment;
      if (vote.topic === DissentTopic.PATIENT_QUESTION) {
        const answer =
          vote.questionIndex === null || vote.questionIndex === undefined
            ? undefined
            : consensus.answers[vote.questionIndex];
        if (!answer) {
          problems.push({
            field: `${at}.questionIndex`,
            rule: 'oneOf',
            values: {
              allowed: consensus.answers.map((item) => item.questionIndex).join(', '),
              entered: String(vote.questionIndex ?? ''),
            },
          });
          return;
        }
        rowKey = questionRow(answer.questionIndex);
        statement = answer.answer;
      }
      if (!statement) {
        throw new ConflictError(
          vote.topic === DissentTopic.PATIENT_QUESTION
            ? `The consensus has no answer to question ${(vote.questionIndex ?? 0) + 1} yet; write it before voting on it.`
            : 'The consensus has no recommended treatment yet; write it before voting on it.',
        );
      }
      const reason = optionalText(vote.reason, OPINION_LIMITS.reason, `${at}.reason`, problems);
      if (
        vote.level !== VoteLevel.AGREE &&
        !reason &&
        !problems.some((p) => p.field === `${at}.reason`)
      ) {
        problems.push({ field: `${at}.reason`, rule: 'required' });
      }
      rows.set(rowKey, {
        level: vote.level,
        reason: vote.level === VoteLevel.AGREE ? null : reason,
      });
    });
    if (problems.length) throw opinionProblemsError(problems, 'Some votes are not valid');
    const existing = await em.find(ConsensusVote, { consensusId: consensus.id, specialistId });
    const viewer = requireViewer(ctx);
    for (const [rowKey, vote] of rows) {
      const found =
        existing.find((item) => item.rowKey === rowKey) ??
        em.create(ConsensusVote, {
          consensusId: consensus.id,
          caseId,
          specialistId,
          rowKey,
          level: vote.level,
        });
      found.level = vote.level;
      found.reason = vote.reason;
      found.voterName = viewer.displayName;
    }
    await em.flush();
    return consensus;
  });
}

/**
 * What a reader sees of a case's opinions: operations staff everything; a panel specialist their
 * own, the board's consensus (draft too: the board writes it together) and colleagues' submitted
 * opinions (never colleagues' drafts); the patient's side the submitted ones only.
 * @param reader - who reads
 * @param opinions - all of the case's opinions
 * @returns the visible ones, specialists' own first then the consensus
 */
export function visibleOpinions(reader: OpinionReader, opinions: readonly Opinion[]): Opinion[] {
  const visible = opinions.filter((opinion) => {
    if (reader.kind === 'OPERATIONS' || opinion.status === OpinionStatus.SUBMITTED) return true;
    if (reader.kind === 'PATIENT_SIDE') return false;
    return opinion.kind === OpinionKind.CONSENSUS || opinion.specialistId === reader.specialistId;
  });
  return visible.sort(
    (a, b) =>
      Number(a.kind === OpinionKind.CONSENSUS) - Number(b.kind === OpinionKind.CONSENSUS) ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
}

/**
 * A case's opinions as the viewer may see them (see visibleOpinions), batched by case.
 * @param ctx - the request
 * @param caseId - the case
 * @returns the opinions
 * @throws UNAUTHENTICATED; FORBIDDEN for anyone but the patient's side, the confirmed panel and
 *   operations staff
 */
export async function caseOpinions(ctx: BaseContext, caseId: string): Promise<Opinion[]> {
  const loaders = opinionLoaders(ctx);
  const progress = await loaders.progress.load(caseId);
  const reader = await authorizeOpinionRead(ctx, caseId, progress, ['opinions']);
  return visibleOpinions(reader, await loaders.opinionsByCase.load(caseId));
}

/**
 * How a case's opinions stand (see OpinionProgress), for the same readers as the opinions.
 * @param ctx - the request
 * @param caseId - the case
 * @returns the progress
 * @throws UNAUTHENTICATED; FORBIDDEN as for the opinions
 */
export async function opinionProgress(ctx: BaseContext, caseId: string): Promise<OpinionProgress> {
  const loaders = opinionLoaders(ctx);
  const progress = await loaders.progress.load(caseId);
  await authorizeOpinionRead(ctx, caseId, progress, ['opinionProgress']);
  if (!progress) {
    return {
      panelMode: null,
      questions: [],
      panel: [],
      chair: null,
      acceptingOpinions: false,
      complete: false,
    };
  }
  const opinions = await loaders.opinionsByCase.load(caseId);
  const submitted = opinions.filter((opinion) => opinion.status === OpinionStatus.SUBMITTED);
  const chair = chairOf(progress);
  const members = progress.panelSpecialistIds;
  return {
    panelMode: progress.panelMode,
    questions: progress.questions,
    panel: members.map((id) => ({ id })),
    chair: chair ? { id: chair } : null,
    acceptingOpinions: isCaseActive(progress),
    complete: opinionsComplete(progress, submitted),
  };
}

/**
 * Whether every opinion a case needs is signed: each panel specialist's, or for a board its
 * consensus.
 * @param progress - what records knows of the case (its panel)
 * @param submitted - the case's submitted opinions
 * @returns true when complete
 */
export function opinionsComplete(progress: CaseProgress, submitted: Opinion[]): boolean {
  const members = progress.panelSpecialistIds;
  return isBoard(progress)
    ? submitted.some((opinion) => opinion.kind === OpinionKind.CONSENSUS)
    : members.length > 0 &&
        members.every((id) => submitted.some((opinion) => opinion.specialistId === id));
}

/**
 * A consensus's dissent matrix as it stands: while a draft, over the current board; once signed,
 * over the members who voted (the board as it was when the chair signed).
 * @param ctx - the request
 * @param consensus - a consensus opinion
 * @returns the matrix
 */
export async function consensusMatrix(
  ctx: BaseContext,
  consensus: Opinion,
): Promise<DissentMatrix> {
  const loaders = opinionLoaders(ctx);
  const [votes, progress] = await Promise.all([
    loaders.votesByConsensus.load(consensus.id),
    loaders.progress.load(consensus.caseId),
  ]);
  const panel = progress?.panelSpecialistIds ?? [];
  let members = panel;
  if (consensus.status === OpinionStatus.SUBMITTED) {
    const voters = [...new Set(votes.map((vote) => vote.specialistId))];
    members = [
      ...panel.filter((id) => voters.includes(id)),
      ...voters.filter((id) => !panel.includes(id)),
    ];
  }
  return dissentMatrix(consensus, votes, members);
}

/**
 * The patient's submitted opinions across all their cases, in the order signed (the lifetime
 * record; the caller has authorised the record).
 * @param ctx - the request
 * @param patientId - the patient
 * @returns the opinions
 */
export async function patientOpinions(ctx: BaseContext, patientId: string): Promise<Opinion[]> {
  const opinions = await opinionLoaders(ctx).opinionsByPatient.load(patientId);
  return opinions
    .filter((opinion) => opinion.status === OpinionStatus.SUBMITTED)
    .sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime());
}
