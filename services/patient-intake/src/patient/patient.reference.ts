import { missingReference, referenceId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Patient } from './patient.entity';
import { getPatient } from './patient.service';

/**
 * Resolves `Patient` representations from other subgraphs (batched), each authorised like a direct
 * read; an unknown one is null for operations staff and FORBIDDEN for everyone else.
 */
export const patientReference = {
  __resolveReference: async (reference: { id: string }, ctx: Context): Promise<Patient | null> => {
    const id = referenceId(reference);
    if (!(await ctx.loaders.patient.load(id))) return missingReference(ctx, 'Patient', id);
    return getPatient(ctx, id);
  },
};
