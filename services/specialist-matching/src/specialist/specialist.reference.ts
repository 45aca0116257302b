import { referenceId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Specialist } from './specialist.entity';

/** Resolves `Specialist` representations, batched into one query. */
export const specialistReference = {
  __resolveReference: (reference: { id: string }, ctx: Context): Promise<Specialist | undefined> =>
    ctx.loaders.specialist.load(referenceId(reference)),
};
