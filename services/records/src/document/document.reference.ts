import { missingReference, referenceId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Document } from './document.entity';
import { getDocument } from './document.service';

/**
 * Resolves `Document` representations from other subgraphs (batched), each authorised like a direct
 * read; an unknown one is null for operations staff and FORBIDDEN for everyone else.
 */
export const documentReference = {
  __resolveReference: async (reference: { id: string }, ctx: Context): Promise<Document | null> => {
    const id = referenceId(reference);
    if (!(await ctx.loaders.document.load(id))) return missingReference(ctx, 'Document', id);
    return getDocument(ctx, id);
  },
};
