import { missingReference, referenceId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Case } from './case.entity';
import { getCase } from './case.service';

/**
 * Resolves `Case` representations from other subgraphs (batched), each authorised like a direct
 * read; an unknown one is null for operations staff and FORBIDDEN for everyone else.
 */
export const caseReference = {
  __resolveReference: async (reference: { id: string }, ctx: Context): Promise<Case | null> => {
    const id = referenceId(reference);
    if (!(await ctx.loaders.case.load(id))) return missingReference(ctx, 'Case', id);
    return getCase(ctx, id);
  },
};
