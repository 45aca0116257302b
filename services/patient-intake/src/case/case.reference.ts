import { hasRole, referenceId, refuseMissing, requireViewer } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Case } from './case.entity';
import { getCase } from './case.service';

/**
 * Resolves `Case` representations from other subgraphs (batched), each authorised like a direct
 * read: another subgraph naming a case does not make it visible. An unknown case is null for
 * operations staff (the federation convention) and FORBIDDEN for everyone else.
 */
export const caseReference = {
  __resolveReference: async (reference: { id: string }, ctx: Context): Promise<Case | null> => {
    const id = referenceId(reference);
    if (!(await ctx.loaders.case.load(id))) {
      if (hasRole(requireViewer(ctx), 'OPERATIONS')) return null;
      refuseMissing(ctx, 'Case', id);
    }
    return getCase(ctx, id);
  },
};
