import { hasRole, referenceId, requireViewer } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Document } from './document.entity';
import { getDocument } from './document.service';

/**
 * Resolves `Document` representations (batched), each authorised like a direct read; unknown
 * ones are null for operations staff and FORBIDDEN for everyone else.
 */
export const documentReference = {
  __resolveReference: async (reference: { id: string }, ctx: Context): Promise<Document | null> => {
    const id = referenceId(reference);
    if (!(await ctx.loaders.document.load(id)) && hasRole(requireViewer(ctx), 'OPERATIONS')) {
      return null;
    }
    return getDocument(ctx, id);
  },
};
