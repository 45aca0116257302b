import { createEntityLoader, createGroupLoader, type BaseContext } from '@consilium/subgraph-kit';
import type DataLoader from 'dataloader';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { ConsensusVote } from './consensus-vote.entity';
import { Opinion } from './opinion.entity';

/** The per-request loaders of the opinion feature (one query per kind per request tick). */
export interface OpinionLoaders {
  progress: DataLoader<string, CaseProgress | undefined>;
  opinionsByCase: DataLoader<string, Opinion[]>;
  opinionsByPatient: DataLoader<string, Opinion[]>;
  votesByConsensus: DataLoader<string, ConsensusVote[]>;
}

const perRequest = new WeakMap<BaseContext, OpinionLoaders>();

/**
 * The request's opinion loaders, made on first use and kept with the request's context (so a list
 * of N cases costs one query per kind, not N).
 * @param ctx - the request
 * @returns its loaders
 */
export function opinionLoaders(ctx: BaseContext): OpinionLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      progress: createEntityLoader(ctx.em, CaseProgress, 'caseId'),
      opinionsByCase: createGroupLoader(ctx.em, Opinion, 'caseId', { createdAt: 'asc' }),
      opinionsByPatient: createGroupLoader(ctx.em, Opinion, 'patientId', { createdAt: 'asc' }),
      votesByConsensus: createGroupLoader(ctx.em, ConsensusVote, 'consensusId', {
        createdAt: 'asc',
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
