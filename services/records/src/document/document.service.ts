import { NotFoundError, parseId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Document } from './document.entity';

/**
 * Finds a document by id.
 * @param ctx - request context
 * @param id - the document's UUID as received
 * @returns the document
 * @throws BadUserInputError when `id` is not a UUID; NotFoundError when unknown
 */
export async function getDocument(ctx: Context, id: string): Promise<Document> {
  const found = await ctx.loaders.document.load(parseId(id, 'id'));
  if (!found) throw new NotFoundError('Document', id);
  return found;
}
