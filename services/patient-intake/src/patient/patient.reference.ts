import { referenceId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Patient } from './patient.entity';

/** Resolves `Patient` representations from other subgraphs, batched into one query. */
export const patientReference = {
  __resolveReference: (reference: { id: string }, ctx: Context): Promise<Patient | undefined> =>
    ctx.loaders.patient.load(referenceId(reference)),
};
