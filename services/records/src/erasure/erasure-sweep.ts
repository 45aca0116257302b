import type { Logger } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { Document } from '../document/document.entity';
import { DocumentSearchTerm } from '../document-text/document-search-term.entity';
import type { FileStore } from '../storage/file-store';
import { StoredObject } from '../storage/stored-object.entity';
import { ErasureRequest, ErasureRequestStatus } from './erasure-request.entity';

/** How long after an erasure its patient's leftovers are looked for: 30 days. */
export const SWEEP_AFTER_ERASURE_MS = 30 * 86_400_000;

/**
 * Destroys what work already under way when a record was erased may have written afterwards (for
 * example the text of a PDF read by the background worker, committed just after the erasure):
 * stored objects of a recently erased patient that no document points to, with their files, and
 * search terms of documents that no longer exist. Documents added after the erasure (a new case)
 * point to their objects and are left alone.
 * @param em - an EntityManager (not in a transaction)
 * @param store - the file store
 * @param logger - for what was found
 * @param now - the current time
 * @returns how many stored objects were destroyed
 */
export async function sweepErasedLeftovers(
  em: EntityManager,
  store: FileStore,
  logger: Logger,
  now: Date,
): Promise<number> {
  const erased = await em.find(
    ErasureRequest,
    {
      status: ErasureRequestStatus.COMPLETED,
      completedAt: { $gte: new Date(now.getTime() - SWEEP_AFTER_ERASURE_MS) },
    },
    { fields: ['patientId'] },
  );
  let destroyed = 0;
  for (const patientId of new Set(erased.map((request) => request.patientId))) {
    const documents = await em.find(Document, { patientId });
    const used = new Set(
      documents.flatMap((document) =>
        [
          document.objectId,
          document.previewObjectId,
          document.thumbnailObjectId,
          document.textObjectId,
        ].filter((id): id is string => id !== null),
      ),
    );
    const orphans = (await em.find(StoredObject, { patientId })).filter(
      (object) => !used.has(object.id),
    );
    for (const object of orphans) {
      await em.nativeDelete(StoredObject, { id: object.id });
      await store.remove(object.storageKey);
    }
    await em.nativeDelete(DocumentSearchTerm, {
      patientId,
      documentId: { $nin: documents.map((document) => document.id) },
    });
    if (orphans.length > 0) {
      logger.warn({ patientId, objects: orphans.length }, 'erased patient’s leftovers destroyed');
    }
    destroyed += orphans.length;
  }
  return destroyed;
}
