import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/core';
import { newId } from '@consilium/subgraph-kit';
import { decryptingStream, encryptingStream } from './file-encryption';
import type { FileStore } from './file-store';
import { newDataKey, unwrapDataKey, wrapDataKey } from './master-key';
import { StoredObject } from './stored-object.entity';

/**
 * Reads a stored object whole, decrypted (for images to process; never for the download path,
 * which streams).
 * @param store - the file store
 * @param object - the object, with its data key
 * @returns the plaintext
 * @throws when the key was destroyed or the bytes were altered
 */
export async function readDecrypted(store: FileStore, object: StoredObject): Promise<Buffer> {
  if (!object.wrappedDataKey) throw new Error(`stored object ${object.id} was destroyed`);
  const chunks: Buffer[] = [];
  await pipeline(
    store.reader(object.storageKey),
    decryptingStream(unwrapDataKey(object.wrappedDataKey)),
    async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) chunks.push(chunk);
    },
  );
  return Buffer.concat(chunks);
}

/**
 * Stores bytes made by the service (a preview, a thumbnail) encrypted under a new data key, once
 * per patient and content.
 * @param em - the transaction
 * @param store - the file store
 * @param patientId - whose record they belong to (erasure destroys them with the rest)
 * @param bytes - the plaintext
 * @param contentType - its type
 * @returns the stored object
 */
export async function storeEncrypted(
  em: EntityManager,
  store: FileStore,
  patientId: string,
  bytes: Buffer,
  contentType: string,
): Promise<StoredObject> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = await em.findOne(StoredObject, { patientId, sha256 });
  if (existing?.wrappedDataKey) return existing;
  const id = newId();
  const dataKey = newDataKey();
  const storageKey = `derived/${id}`;
  await pipeline(Readable.from([bytes]), encryptingStream(dataKey), await store.writer(storageKey));
  return em.create(StoredObject, {
    id,
    patientId,
    sha256,
    size: bytes.length,
    contentType,
    storageKey,
    wrappedDataKey: wrapDataKey(dataKey),
  });
}
