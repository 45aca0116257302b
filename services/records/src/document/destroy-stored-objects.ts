import type { EntityManager } from '@mikro-orm/core';
import type { FileStore } from '../storage/file-store';
import { StoredObject } from '../storage/stored-object.entity';
import { Document } from './document.entity';

/** The stored objects a document points at: its file, preview, thumbnail and extracted text. */
export function objectIdsOf(document: Document): string[] {
  return [
    document.objectId,
    document.previewObjectId,
    document.thumbnailObjectId,
    document.textObjectId,
  ].filter((id): id is string => id !== null);
}

/**
 * Destroys the stored objects of documents that are being removed, unless another remaining
 * document of the patient still uses the same content (uploads are deduplicated per patient):
 * the data key is dropped (leftover bytes become unreadable) and the encrypted file removed.
 * @param em - the transaction that removes the documents (flushed by the caller)
 * @param store - the file store
 * @param removed - the documents going away
 */
export async function destroyObjectsOf(
  em: EntityManager,
  store: FileStore,
  removed: Document[],
): Promise<void> {
  const candidates = [...new Set(removed.flatMap(objectIdsOf))];
  if (candidates.length === 0) return;
  const removedIds = removed.map((document) => document.id);
  const stillUsed = await em.find(Document, {
    id: { $nin: removedIds },
    $or: [
      { objectId: { $in: candidates } },
      { previewObjectId: { $in: candidates } },
      { thumbnailObjectId: { $in: candidates } },
      { textObjectId: { $in: candidates } },
    ],
  });
  const kept = new Set(stillUsed.flatMap(objectIdsOf));
  const objects = await em.find(StoredObject, {
    id: { $in: candidates.filter((id) => !kept.has(id)) },
  });
  for (const object of objects) {
    object.wrappedDataKey = null;
    await store.remove(object.storageKey);
    em.remove(object);
  }
}
