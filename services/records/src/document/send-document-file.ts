import { pipeline } from 'node:stream/promises';
import type { Logger } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import { decryptingStream } from '../storage/file-encryption';
import type { FileStore } from '../storage/file-store';
import { unwrapDataKey } from '../storage/master-key';
import { StoredObject } from '../storage/stored-object.entity';
import { Document } from './document.entity';

/**
 * How a document's bytes are sent: the original as an attachment (`download`) or for the
 * browser's own viewer (`inline`), or the upright JPEG preview or thumbnail made from a photo.
 */
export type DocumentFileVariant = 'download' | 'inline' | 'preview' | 'thumbnail';

/** An ASCII name for old clients: the display name if it is plain ASCII, else `report-<n>.<ext>`. */
function asciiFallback(title: string, contentType: string, index: number): string {
  const extension =
    { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/heic': 'heic' }[
      contentType
    ] ?? 'bin';
  return /^[\x20-\x7e]+$/.test(title) && !/["\\/]/.test(title)
    ? title
    : `report-${index}.${extension}`;
}

/**
 * Streams a document's bytes, decrypted, never cached: the name keeps the display name (RFC 6266
 * `filename*`, with an ASCII fallback). The caller has checked the link.
 * @param res - the response
 * @param em - an EntityManager
 * @param store - the file store
 * @param document - the document
 * @param variant - which bytes, and attachment or inline
 * @param logger - for a failure half-way
 * @returns false (nothing sent) when the document has no such bytes (never stored, or destroyed)
 */
export async function sendDocumentFile(
  res: Response,
  em: EntityManager,
  store: FileStore,
  document: Document,
  variant: DocumentFileVariant,
  logger: Logger,
): Promise<boolean> {
  const objectId =
    variant === 'preview'
      ? document.previewObjectId
      : variant === 'thumbnail'
        ? document.thumbnailObjectId
        : document.objectId;
  const object = objectId ? await em.findOne(StoredObject, { id: objectId }) : null;
  if (!object?.wrappedDataKey) return false;
  const position =
    (await em.count(Document, {
      caseId: document.caseId,
      createdAt: { $lte: document.createdAt },
    })) || 1;
  const original = variant === 'download' || variant === 'inline';
  // A file name, never a path; a preview or thumbnail is a JPEG whatever the original was.
  const name = document.title.replace(/[/\\]/g, '_');
  const shownName = original ? name : `${name.replace(/\.(heic|heif|jpe?g|png)$/i, '')}.jpg`;
  res.status(200);
  res.set({
    'Content-Type': object.contentType,
    'Content-Length': String(object.size),
    'Content-Disposition': contentDisposition(shownName, {
      type: variant === 'download' ? 'attachment' : 'inline',
      fallback: asciiFallback(document.title, object.contentType, position),
    }),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  try {
    await pipeline(
      store.reader(object.storageKey),
      decryptingStream(unwrapDataKey(object.wrappedDataKey)),
      res,
    );
  } catch (error) {
    // The reader going away mid-file (a closed tab, a thumbnail scrolled past) is not a failure.
    const aborted = (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE';
    if (aborted) logger.debug({ documentId: document.id }, 'download abandoned by the client');
    else logger.error({ err: error, documentId: document.id }, 'download failed');
    res.destroy();
  }
  return true;
}
