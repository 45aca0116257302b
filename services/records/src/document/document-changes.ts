import {
  AuditOperation,
  authorizeCase,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  hasRole,
  parseId,
  refuseMissing,
  requireViewer,
} from '@consilium/subgraph-kit';
import { DOCUMENT_KINDS, type DocumentKind } from '@consilium/validation';
import { CaseProgress } from '../case-progress/case-progress.entity';
import type { Context } from '../context.type';
import { fileStoreFromEnv } from '../storage/file-store';
import { DocumentSearchTerm } from '../document-text/document-search-term.entity';
import { destroyObjectsOf } from './destroy-stored-objects';
import { checkedFileName } from '../uploads/file-name';
import { Document } from './document.entity';

/** What may be changed about a document: its display name and the kind it is filed under. */
export interface DocumentChanges {
  title?: string | null;
  kind?: DocumentKind | null;
}

/** Who is changing a document, and whether the case is still the patient's to change. */
async function changeRights(
  ctx: Context,
  document: Document,
  operation: AuditOperation,
): Promise<{ patientSide: boolean; clinicianOrStaff: boolean; consented: boolean }> {
  await authorizeCase(
    ctx,
    { caseId: document.caseId, patientId: document.patientId },
    { operation, objectType: 'Document', objectId: document.id, allowPartner: false },
  );
  const viewer = requireViewer(ctx);
  const progress = await ctx.em.findOne(CaseProgress, { caseId: document.caseId });
  return {
    patientSide:
      (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) &&
      viewer.patientIds.includes(document.patientId),
    clinicianOrStaff: hasRole(viewer, 'GP') || hasRole(viewer, 'OPERATIONS'),
    consented: Boolean(progress?.consentedAt),
  };
}

async function findDocument(ctx: Context, id: string): Promise<Document> {
  const documentId = parseId(id, 'id');
  const document = await ctx.em.findOne(Document, { id: documentId });
  if (!document) refuseMissing(ctx, 'Document', id);
  return document;
}

/**
 * Renames a document or files it under another kind. The patient's side may until the case is
 * consented (doctors then work from what was handed over); the case's GP and operations staff
 * may reclassify at any time (DESIGN.md: the GP prepares the case file).
 * @param ctx - the request
 * @param id - the document
 * @param changes - a new title (1–255 characters, any script) and/or kind
 * @returns the document
 * @throws BAD_USER_INPUT naming `changes.title` or `changes.kind`; FORBIDDEN; CONFLICT after consent
 */
export async function changeDocument(
  ctx: Context,
  id: string,
  changes: DocumentChanges,
): Promise<Document> {
  const document = await findDocument(ctx, id);
  const rights = await changeRights(ctx, document, AuditOperation.UPDATE);
  if (!rights.clinicianOrStaff) {
    if (!rights.patientSide) {
      throw new ForbiddenError(
        'Only the patient’s side, the case’s GP or operations can change it.',
      );
    }
    if (rights.consented) {
      throw new ConflictError(
        'This case has been consented and its reports handed to the doctors; they cannot be changed now.',
      );
    }
  }
  if (changes.title !== undefined && changes.title !== null) {
    document.title = checkedFileName(changes.title, 'changes.title');
  }
  if (changes.kind !== undefined && changes.kind !== null) {
    if (!DOCUMENT_KINDS.includes(changes.kind)) {
      throw new BadUserInputError('changes.kind', `A kind is one of ${DOCUMENT_KINDS.join(', ')}.`);
    }
    document.kind = changes.kind;
  }
  await ctx.em.flush();
  return document;
}

/**
 * Removes a report the patient's side handed over by mistake, before the case is consented: the
 * document, its search terms and (unless the same content is still used by another of the
 * patient's documents) its encrypted file, preview, thumbnail and text, with their data keys.
 * After consent a report stays (the doctors may have read it); erasure of the whole record
 * remains possible.
 * @param ctx - the request
 * @param id - the document
 * @returns the id of the removed document
 * @throws FORBIDDEN unless the patient's side; CONFLICT after consent
 */
export async function removeDocument(ctx: Context, id: string): Promise<string> {
  const document = await findDocument(ctx, id);
  const rights = await changeRights(ctx, document, AuditOperation.DELETE);
  if (!rights.patientSide) {
    throw new ForbiddenError(
      'Only the patient or their proxy can remove a report they handed over.',
    );
  }
  if (rights.consented) {
    throw new ConflictError(
      'This case has been consented and its reports handed to the doctors; a report cannot be removed now. You can ask for your whole record to be erased.',
    );
  }
  const store = fileStoreFromEnv();
  await ctx.em.transactional(async (em) => {
    const managed = await em.findOneOrFail(Document, { id: document.id });
    await destroyObjectsOf(em, store, [managed]);
    await em.nativeDelete(DocumentSearchTerm, { documentId: managed.id });
    em.remove(managed);
  });
  ctx.loaders.document.clear(document.id);
  ctx.loaders.documentsByCase.clear(document.caseId);
  ctx.loaders.documentsByPatient.clear(document.patientId);
  return document.id;
}
