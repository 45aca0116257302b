import { ErasureAction, type ErasedItem } from '@consilium/subgraph-kit';
import { Document } from '../../document/document.entity';
import { DocumentSearchTerm } from '../../document-text/document-search-term.entity';
import { StoredObject } from '../../storage/stored-object.entity';
import { ErasureCategory } from '../erasure-confirmation.type';
import type { RecordsErasureParticipant } from '../records-erasure-scope';

const distinct = (ids: (string | null)[]): Set<string> =>
  new Set(ids.filter((id): id is string => id !== null));

/**
 * The patient's documents, destroyed at once: the metadata (titles are clinical), every stored
 * object of the patient (originals, upright previews, thumbnails, extracted text) with its wrapped
 * data key, the keyed-hash search index, and the encrypted files themselves (removed from the
 * store after commit). Destroying the data keys alone already makes any copy of the bytes
 * unreadable (envelope encryption, issue 7).
 */
export const documentsParticipant: RecordsErasureParticipant = {
  name: 'documents',
  casesOf: async (em, patientId) =>
    (await em.find(Document, { patientId }, { fields: ['caseId'] })).map((d) => d.caseId),
  async erase(scope) {
    const { em, patientId } = scope;
    const documents = await em.find(Document, { patientId });
    const objects = await em.find(StoredObject, { patientId });
    const derived = distinct(documents.flatMap((d) => [d.previewObjectId, d.thumbnailObjectId]));
    const texts = distinct(documents.map((d) => d.textObjectId));
    const searchTerms = await em.count(DocumentSearchTerm, { patientId });
    for (const object of objects) scope.removeFile(object.storageKey);
    scope.erasedObjectIds.push(...documents.map((d) => d.id));
    await em.nativeDelete(DocumentSearchTerm, { patientId });
    await em.nativeDelete(Document, { patientId });
    await em.nativeDelete(StoredObject, { patientId });
    const destroyed = (category: ErasureCategory, count: number): ErasedItem[] =>
      count > 0
        ? [{ category, action: ErasureAction.DESTROYED, service: 'records', count, caseId: null }]
        : [];
    return [
      ...destroyed(ErasureCategory.REPORTS, documents.length),
      ...destroyed(ErasureCategory.PREVIEWS, derived.size),
      ...destroyed(ErasureCategory.DOCUMENT_TEXT, Math.max(texts.size, searchTerms > 0 ? 1 : 0)),
      ...destroyed(ErasureCategory.ENCRYPTION_KEYS, objects.length),
    ];
  },
};
