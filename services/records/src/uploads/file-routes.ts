import type { Logger } from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { Router, type Response } from 'express';
import { Document } from '../document/document.entity';
import { sendDocumentFile, type DocumentFileVariant } from '../document/send-document-file';
import type { FileStore } from '../storage/file-store';
import { receiveUpload, UploadRefused } from './receive-upload';
import { Upload, UploadStatus } from './upload.entity';
import { megabytes, uploadSettings, verifySignedLink, type LinkPurpose } from './upload-settings';

type ErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** Answers an error the way the gateway's other HTTP endpoints do. */
function refuse(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  field?: string,
): void {
  if (res.headersSent) return;
  res
    .status(status)
    .set('Connection', 'close')
    .json({ error: { code, message, ...(field ? { field } : {}) } });
}

/**
 * The file endpoints behind signed links (the gateway serves them under its own origin):
 * - `PUT /files/uploads/:id?exp&sig` — the bytes of a requested upload, streamed, checked by
 *   content, hashed and encrypted; 400 empty, 413 over the limit (from Content-Length before
 *   reading, or at the first byte over), 415 not a PDF/JPEG/PNG/HEIC, 403 bad or expired link;
 * - `GET /files/documents/:id?exp&sig` — a document's bytes, decrypted, as an attachment whose
 *   name keeps the display name (RFC 6266 `filename*`); `…/:id/inline` — the same for the
 *   browser's own viewer; `…/:id/preview` and `…/:id/thumbnail` — the upright JPEGs made from a
 *   photo, inline.
 * @param orm - the service's ORM
 * @param store - the file store
 * @param logger - for refused uploads (security events) and failures
 * @returns the router
 */
export function fileRoutes(orm: MikroORM, store: FileStore, logger: Logger): Router {
  const router = Router();
  const settings = uploadSettings();

  router.put('/files/uploads/:id', async (req, res) => {
    const id = req.params.id;
    if (!verifySignedLink('upload', id, req.query['exp'], req.query['sig'])) {
      return refuse(
        res,
        403,
        'FORBIDDEN',
        'This upload link is invalid or has expired; ask for a new one.',
      );
    }
    const em = orm.em.fork();
    const upload = await em.findOne(Upload, { id });
    if (!upload)
      return refuse(
        res,
        403,
        'FORBIDDEN',
        'This upload link is invalid or has expired; ask for a new one.',
      );
    if (upload.status === UploadStatus.COMPLETED) {
      return refuse(res, 409, 'CONFLICT', 'This upload is already complete.');
    }
    const limit = Math.min(upload.declaredSize, settings.maxFileBytes);
    const length = Number(req.headers['content-length']);
    if (Number.isFinite(length) && length > limit) {
      return refuse(
        res,
        413,
        'BAD_USER_INPUT',
        length > settings.maxFileBytes
          ? `Files can be up to ${megabytes(settings.maxFileBytes)}.`
          : `The file is larger than the ${upload.declaredSize} bytes announced; ask for a new upload.`,
        'file',
      );
    }
    try {
      const received = await receiveUpload(req, store, `uploads/${upload.id}`, limit);
      Object.assign(upload, { ...received, status: UploadStatus.RECEIVED });
      await em.flush();
      res.status(200).json({
        uploadId: upload.id,
        sha256: received.sha256,
        size: received.size,
        contentType: received.contentType,
      });
    } catch (error) {
      if (error instanceof UploadRefused) {
        if (error.status === 415) {
          logger.warn(
            {
              security: true,
              uploadId: id,
              caseId: upload.caseId,
              accountId: upload.accountId,
              declaredType: upload.declaredType,
            },
            'upload refused: content is not an accepted type',
          );
        }
        req.unpipe();
        req.resume();
        return refuse(res, error.status, 'BAD_USER_INPUT', error.message, 'file');
      }
      logger.error({ err: error, uploadId: id }, 'upload failed');
      if (!res.headersSent)
        res.status(500).json({
          error: { code: 'INTERNAL_SERVER_ERROR', message: 'The upload failed; try again.' },
        });
    }
  });

  router.get(['/files/documents/:id', '/files/documents/:id/:variant'], async (req, res) => {
    const id = req.params.id as string;
    const variant = (req.params as { variant?: string }).variant ?? 'download';
    if (
      !['download', 'inline', 'preview', 'thumbnail'].includes(variant) ||
      !verifySignedLink(variant as LinkPurpose, id, req.query['exp'], req.query['sig'])
    ) {
      return refuse(res, 403, 'FORBIDDEN', 'This download link is invalid or has expired.');
    }
    const em = orm.em.fork();
    const document = await em.findOne(Document, { id });
    const sent =
      document &&
      (await sendDocumentFile(res, em, store, document, variant as DocumentFileVariant, logger));
    if (!sent) refuse(res, 404, 'NOT_FOUND', 'This file is not available.');
  });
  return router;
}
