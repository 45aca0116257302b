import {
  AuditOperation,
  authorizeCase,
  BadUserInputError,
  casePatientOf,
  ConflictError,
  ForbiddenError,
  hasRole,
  parseId,
  requireViewer,
} from '@consilium/subgraph-kit';
import type { DocumentKind } from '@consilium/validation';
import { checkedFileName } from './file-name';
import type { Context } from '../context.type';
import { Document } from '../document/document.entity';
import { DocumentReferenceStatus } from '../document/document-status.enum';
import { DocumentTextStatus } from '../document-text/document-text-status.enum';
import { fileStoreFromEnv, type FileStore } from '../storage/file-store';
import { readDecrypted, storeEncrypted } from '../storage/stored-bytes';
import { analyseImage, type ImageAnalysis } from '../images/analyse-image';
import { StoredObject } from '../storage/stored-object.entity';
import { Upload, UploadStatus } from './upload.entity';
import { megabytes, signedLink, uploadSettings } from './upload-settings';

/** What the app asks to upload. */
export interface UploadRequest {
  caseId: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  kind: DocumentKind;
}

/** Where to send an upload's bytes, until when, and how many at most. */
export interface UploadTicketData {
  uploadId: string;
  uploadUrl: string;
  expiresAt: Date;
  maxBytes: number;
}

/** Checks the caller is on the patient's side of the case (the patient or their proxy). */
async function requirePatientSideOf(
  ctx: Context,
  caseId: string,
  fields: string[],
): Promise<string> {
  const patientId = await casePatientOf(ctx.em, caseId);
  await authorizeCase(
    ctx,
    { caseId, patientId },
    { operation: AuditOperation.CREATE, objectType: 'Document', fields, allowPartner: false },
  );
  const viewer = requireViewer(ctx);
  const patientSide =
    (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) &&
    patientId &&
    viewer.patientIds.includes(patientId);
  if (!patientSide || !patientId)
    throw new ForbiddenError('Only the patient or their proxy can add reports to a case.');
  return patientId;
}

/**
 * Asks to upload a report to a case: checks the limits and gives a short-lived signed URL on the
 * same origin to PUT the bytes to, then completeUpload.
 * @param ctx - the request
 * @param request - the case, the file's display name (any script; never used as a path), its
 *   declared type and size in bytes, and its kind
 * @returns the upload's id, the URL, when it expires, the most bytes accepted
 * @throws BAD_USER_INPUT naming the field (empty, over the size limit, not an accepted type, the
 *   case full); FORBIDDEN unless on the patient's side of the case
 */
export async function requestUpload(
  ctx: Context,
  request: UploadRequest,
): Promise<UploadTicketData> {
  const caseId = parseId(request.caseId, 'input.caseId');
  const patientId = await requirePatientSideOf(ctx, caseId, ['content']);
  const settings = uploadSettings();
  const fileName = checkedFileName(request.fileName, 'input.fileName');
  if (!Number.isInteger(request.byteSize) || request.byteSize <= 0) {
    throw new BadUserInputError('input.byteSize', 'The file is empty (0 bytes).');
  }
  if (request.byteSize > settings.maxFileBytes) {
    throw new BadUserInputError(
      'input.byteSize',
      `Files can be up to ${megabytes(settings.maxFileBytes)}.`,
    );
  }
  const documents = await ctx.em.count(Document, { caseId });
  if (documents >= settings.maxFilesPerCase) {
    throw new BadUserInputError(
      'input.caseId',
      `A case can hold up to ${settings.maxFilesPerCase} files.`,
    );
  }
  const upload = ctx.em.create(Upload, {
    caseId,
    patientId,
    accountId: requireViewer(ctx).accountId,
    fileName,
    declaredType: request.contentType.slice(0, 127),
    declaredSize: request.byteSize,
    kind: request.kind,
    expiresAt: new Date(Date.now() + settings.uploadLinkSeconds * 1000),
  });
  await ctx.em.flush();
  const link = signedLink('upload', upload.id, settings.uploadLinkSeconds);
  return {
    uploadId: upload.id,
    uploadUrl: link.url,
    expiresAt: link.expiresAt,
    maxBytes: Math.min(request.byteSize, settings.maxFileBytes),
  };
}

/**
 * Makes a received photo readable and measures it (see analyseImage); null for a PDF, or when the
 * image cannot be decoded (it is still stored, and viewers offer the download).
 */
async function analyseUpload(
  ctx: Context,
  store: FileStore,
  upload: Upload,
): Promise<ImageAnalysis | null> {
  if (!upload.contentType?.startsWith('image/') || !upload.wrappedDataKey) return null;
  try {
    const original = await readDecrypted(store, {
      id: upload.id,
      storageKey: `uploads/${upload.id}`,
      wrappedDataKey: upload.wrappedDataKey,
    } as StoredObject);
    return await analyseImage(original, upload.contentType);
  } catch (error) {
    ctx.logger.warn({ err: error, uploadId: upload.id }, 'image could not be analysed');
    return null;
  }
}

/**
 * Turns received bytes into a document of the case: a photo also gets an upright preview and a
 * thumbnail, and its sharpness and brightness are measured. The same content uploaded again for
 * the patient is stored once (by SHA-256); in the same case it is the same document. Completing
 * twice returns the same document.
 * @param ctx - the request
 * @param uploadId - the upload
 * @returns the document
 * @throws FORBIDDEN unless the uploader's side; CONFLICT when no bytes arrived yet
 */
export async function completeUpload(ctx: Context, uploadId: string): Promise<Document> {
  const id = parseId(uploadId, 'uploadId');
  const upload = await ctx.em.findOne(Upload, { id });
  if (!upload) throw new ForbiddenError('You may not see or change this upload.');
  await requirePatientSideOf(ctx, upload.caseId, ['content']);
  if (upload.status === UploadStatus.COMPLETED && upload.documentId) {
    return ctx.em.findOneOrFail(Document, { id: upload.documentId });
  }
  if (
    upload.status !== UploadStatus.RECEIVED ||
    !upload.sha256 ||
    !upload.contentType ||
    !upload.size
  ) {
    throw new ConflictError(
      'No file has arrived for this upload yet: send it to the upload URL first.',
    );
  }
  const store = fileStoreFromEnv();
  const analysis = await analyseUpload(ctx, store, upload);
  const document = await ctx.em.transactional(async (em) => {
    let object = await em.findOne(StoredObject, {
      patientId: upload.patientId,
      sha256: upload.sha256!,
    });
    if (object?.wrappedDataKey) {
      await store.remove(`uploads/${upload.id}`);
    } else {
      object = em.create(StoredObject, {
        patientId: upload.patientId,
        sha256: upload.sha256!,
        size: upload.size!,
        contentType: upload.contentType!,
        storageKey: `uploads/${upload.id}`,
        wrappedDataKey: upload.wrappedDataKey,
      });
    }
    const derived = analysis && {
      previewObjectId: (
        await storeEncrypted(em, store, upload.patientId, analysis.preview, 'image/jpeg')
      ).id,
      thumbnailObjectId: (
        await storeEncrypted(em, store, upload.patientId, analysis.thumbnail, 'image/jpeg')
      ).id,
      sharpness: analysis.sharpness,
      brightness: analysis.brightness,
    };
    const same = await em.findOne(Document, {
      caseId: upload.caseId,
      sha256: upload.sha256!,
      status: DocumentReferenceStatus.CURRENT,
    });
    const created =
      same ??
      em.create(Document, {
        caseId: upload.caseId,
        patientId: upload.patientId,
        title: upload.fileName,
        kind: upload.kind,
        contentType: upload.contentType!,
        size: upload.size!,
        sha256: upload.sha256!,
        objectId: object.id,
        textStatus:
          upload.contentType === 'application/pdf'
            ? DocumentTextStatus.PENDING
            : DocumentTextStatus.NOT_APPLICABLE,
        ...derived,
      });
    upload.status = UploadStatus.COMPLETED;
    upload.documentId = created.id;
    upload.wrappedDataKey = null;
    em.persist(upload);
    await em.flush();
    return created;
  });
  return document;
}
