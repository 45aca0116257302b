import { recordAccessLogResolver, type RecordAccessItem } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { shareLinkAccesses } from './share-link-accesses';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names the patient's documents among a page's items (what the patient called each report), so
 * the list says which document was read; a document that no longer exists keeps no title.
 * @param ctx - the request
 * @param patientId - whose record (titles of anyone else's documents are never filled in)
 * @param items - the page's items, changed in place
 */
export async function describeDocuments(
  ctx: Context,
  patientId: string,
  items: RecordAccessItem[],
): Promise<void> {
  const ids = [
    ...new Set(
      items
        .filter((item) => item.objectType === 'Document' && UUID.test(item.objectId))
        .map((item) => item.objectId),
    ),
  ];
  if (ids.length === 0) return;
  const documents = await ctx.em.find(
    Document,
    { id: { $in: ids }, patientId },
    { fields: ['id', 'title'] },
  );
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  for (const item of items) {
    if (item.objectType === 'Document') item.title = titles.get(item.objectId) ?? null;
  }
}

/**
 * `recordsAccessLog(patientId, filter, first, after)`: who reached the documents, the lifetime
 * health record and the share links of a patient — records' own audit log (see the kit's
 * recordAccessLogResolver for the design: one list per service, merged by the patient app) plus
 * every use of the patient's share links, each with the link's recipient.
 */
export const RecordsAccessLogResolver = recordAccessLogResolver<Context>('records', {
  sources: [shareLinkAccesses],
  describe: describeDocuments,
});
