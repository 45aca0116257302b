import { referenceId } from '@consilium/subgraph-kit';
import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { HealthRecord } from '../health-record/health-record.type';
import { ConsensusVote } from './consensus-vote.entity';
import { opinionDiagnosticReport } from './opinion-fhir';
import { Opinion } from './opinion.entity';
import { DissentTopic, OpinionKind, OpinionStatus } from './opinion.enums';
import { ConsensusVotesInput, OpinionDraftInput, SubmitOpinionInput } from './opinion.inputs';
import {
  caseOpinions,
  consensusMatrix,
  opinionProgress,
  patientOpinions,
  saveOpinionDraft,
  submitOpinion,
  voteOnConsensus,
} from './opinion.service';
import { DissentMatrix, OpinionProgress, SpecialistReference } from './opinion.types';
import { TREATMENT_ROW } from './dissent-matrix';

/** A specialist by id, for the gateway to resolve in specialist-matching (null for none). */
const specialist = (id: string | null): SpecialistReference | null => (id ? { id } : null);

/** Specialists' opinions on a case, and a board's consensus with its dissent matrix (issue 7). */
@Resolver(() => Opinion)
export class OpinionResolver {
  @Mutation(() => Opinion, {
    description:
      'Saves a draft of your own opinion on a case, or of the board’s consensus (any member); incomplete content is fine.',
  })
  saveOpinionDraft(
    @Arg('input', () => OpinionDraftInput) input: OpinionDraftInput,
    @Ctx() ctx: Context,
  ): Promise<Opinion> {
    return saveOpinionDraft(ctx, input);
  }

  @Mutation(() => Opinion, {
    description:
      'Signs and submits your own opinion, or (the board’s chair) the consensus: every part complete, your typed full name as your account has it.',
  })
  submitOpinion(
    @Arg('input', () => SubmitOpinionInput) input: SubmitOpinionInput,
    @Ctx() ctx: Context,
  ): Promise<Opinion> {
    return submitOpinion(ctx, input);
  }

  @Mutation(() => Opinion, {
    description:
      'Records your votes (agree, partly, disagree with a reason) on rows of the board’s consensus draft; returns the consensus.',
  })
  voteOnConsensus(
    @Arg('input', () => ConsensusVotesInput) input: ConsensusVotesInput,
    @Ctx() ctx: Context,
  ): Promise<Opinion> {
    return voteOnConsensus(ctx, input);
  }

  /** The author of a specialist's own opinion (null for a consensus). */
  @FieldResolver(() => SpecialistReference, {
    nullable: true,
    description: 'Whose opinion it is (null for a board’s consensus).',
  })
  specialist(@Root() opinion: Opinion): SpecialistReference | null {
    return specialist(opinion.specialistId);
  }

  /** Who signed it: the author, or for a consensus the board's chair. */
  @FieldResolver(() => SpecialistReference, {
    nullable: true,
    description: 'Who signed it (for a consensus, the board’s chair); null while a draft.',
  })
  signedBy(@Root() opinion: Opinion): SpecialistReference | null {
    return specialist(opinion.signerSpecialistId);
  }

  /** Who saved it last (a consensus is drafted by any member). */
  @FieldResolver(() => SpecialistReference, {
    nullable: true,
    description: 'Who saved it last (a board’s consensus is drafted by any member).',
  })
  lastEditedBy(@Root() opinion: Opinion): SpecialistReference | null {
    return specialist(opinion.lastEditedBySpecialistId);
  }

  /** A consensus's dissent matrix (null for a specialist's own opinion). */
  @FieldResolver(() => DissentMatrix, {
    nullable: true,
    description:
      'For a board’s consensus: where the board agrees and where it does not, row by row (null otherwise).',
  })
  async dissentMatrix(
    @Root() opinion: Opinion,
    @Ctx() ctx: Context,
  ): Promise<DissentMatrix | null> {
    return opinion.kind === OpinionKind.CONSENSUS ? consensusMatrix(ctx, opinion) : null;
  }

  /** A submitted opinion as FHIR R4 (null while a draft). */
  @FieldResolver(() => JSONObjectResolver, {
    nullable: true,
    description:
      'The submitted opinion as a FHIR R4 DiagnosticReport (for the health record export); null while a draft.',
  })
  async fhirResource(
    @Root() opinion: Opinion,
    @Ctx() ctx: Context,
  ): Promise<Record<string, unknown> | null> {
    if (opinion.status !== OpinionStatus.SUBMITTED) return null;
    const matrix =
      opinion.kind === OpinionKind.CONSENSUS ? await consensusMatrix(ctx, opinion) : null;
    return opinionDiagnosticReport(opinion, matrix);
  }
}

@Resolver(() => ConsensusVote)
export class ConsensusVoteResolver {
  /** The member who voted. */
  @FieldResolver(() => SpecialistReference, { description: 'The member who voted.' })
  specialist(@Root() vote: ConsensusVote): SpecialistReference {
    return { id: vote.specialistId };
  }

  /** The row voted on. */
  @FieldResolver(() => DissentTopic)
  topic(@Root() vote: ConsensusVote): DissentTopic {
    return vote.rowKey === TREATMENT_ROW
      ? DissentTopic.RECOMMENDED_TREATMENT
      : DissentTopic.PATIENT_QUESTION;
  }

  /** The question voted on (0-based; null for the treatment). */
  @FieldResolver(() => Int, { nullable: true, description: 'Which question (0-based), if one.' })
  questionIndex(@Root() vote: ConsensusVote): number | null {
    return vote.rowKey === TREATMENT_ROW ? null : Number(vote.rowKey.slice(1));
  }

  /** When the vote was last cast (UTC). */
  @FieldResolver(() => Date, { description: 'When the vote was cast or last changed (UTC).' })
  votedAt(@Root() vote: ConsensusVote): Date {
    return vote.updatedAt;
  }
}

@Resolver(() => CaseReference)
export class CaseOpinionsResolver {
  /**
   * The case's opinions as the viewer may see them: the patient's side the submitted ones; a panel
   * specialist their own, the board's consensus and colleagues' submitted ones; operations all.
   */
  @FieldResolver(() => [Opinion], {
    nullable: true,
    description:
      'The specialists’ opinions (and a board’s consensus) the viewer may read (null only if records is unreachable).',
  })
  opinions(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Opinion[]> {
    return caseOpinions(ctx, referenceId(found));
  }

  /** How the case's opinions stand (see OpinionProgress). */
  @FieldResolver(() => OpinionProgress, {
    nullable: true,
    description:
      'How the opinions stand: the questions to answer, the panel, a board’s chair, whether doctors may write now.',
  })
  opinionProgress(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<OpinionProgress> {
    return opinionProgress(ctx, referenceId(found));
  }
}

@Resolver(() => HealthRecord)
export class HealthRecordOpinionsResolver {
  /** Every submitted opinion of the patient's cases, in the order signed (batched by patient). */
  @FieldResolver(() => [Opinion], {
    description: 'Every signed opinion on the patient’s cases, in the order signed.',
  })
  opinions(@Root() record: HealthRecord, @Ctx() ctx: Context): Promise<Opinion[]> {
    return patientOpinions(ctx, record.patientId);
  }
}
