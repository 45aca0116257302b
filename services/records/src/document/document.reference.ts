import { referenceId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Document } from './document.entity';

/** Resolves `Document` representations, batched into one query. */
export const documentReference = {
  __resolveReference: (reference: { id: string }, ctx: Context): Promise<Document | undefined> =>
    ctx.loaders.document.load(referenceId(reference)),
};
