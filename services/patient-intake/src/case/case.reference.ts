import { referenceId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Case } from './case.entity';

/** Resolves `Case` representations from other subgraphs, batched into one query. */
export const caseReference = {
  __resolveReference: (reference: { id: string }, ctx: Context): Promise<Case | undefined> =>
    ctx.loaders.case.load(referenceId(reference)),
};
