import { authorizeCase, parseId, refuseMissing } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Document } from './document.entity';

/**
 * Finds a document by id for a viewer entitled to its case (never a partner).
 * @param ctx - request context
 * @param id - the document's UUID as received
 * @returns the document
 * @throws BadUserInputError when `id` is not a UUID; UNAUTHENTICATED; FORBIDDEN (also for an
 *   unknown id); NotFoundError for operations staff only
 */
export async function getDocument(ctx: Context, id: string): Promise<Document> {
  const documentId = parseId(id, 'id');
  const found = await ctx.loaders.document.load(documentId);
  if (!found) refuseMissing(ctx, 'Document', id);
  await authorizeCase(
    ctx,
    { caseId: found.caseId, patientId: found.patientId },
    { objectType: 'Document', objectId: documentId, allowPartner: false },
  );
  return found;
}
