import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  CaseParty,
  CasePartyKind,
  ConflictError,
  decodeCursor,
  ForbiddenError,
  hasRole,
  NotFoundError,
  parseId,
  parsePageSize,
  recordEvent,
  requireViewer,
  runErasureParticipants,
  sealRecord,
  toConnection,
  type Connection,
  type Logger,
  type Viewer,
  requestSqliteCompaction,
} from '@consilium/subgraph-kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context.type';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { fileStoreFromEnv, type FileStore } from '../storage/file-store';
import { masterKey } from '../storage/master-key';
import { ErasureFileRemoval } from './erasure-file-removal.entity';
import {
  ErasureRequest,
  ErasureRequestStatus,
  type StoredErasureItem,
} from './erasure-request.entity';
import { RECORDS_ERASURE_PARTICIPANTS } from './records-erasure.participants';
import { sweepErasedLeftovers } from './erasure-sweep';
import type { RecordsErasureScope } from './records-erasure-scope';

/** The longest reason (requester's or operations'), in characters. */
export const MAX_REASON_CHARACTERS = 1000;

/** What the patient's side sends to ask for an erasure. */
export interface ErasureAsk {
  patientId: string;
  reason?: string | null;
}

/**
 * A reason as typed: NFC, trimmed, at most MAX_REASON_CHARACTERS characters, no control characters
 * but line breaks and tabs.
 * @returns the text, or null when empty
 * @throws BadUserInputError naming the field
 */
function cleanReason(value: string | null | undefined, field: string): string | null {
  const text = (value ?? '').normalize('NFC').trim();
  if (!text) return null;
  if ([...text].length > MAX_REASON_CHARACTERS) {
    throw new BadUserInputError(
      field,
      `Write at most ${MAX_REASON_CHARACTERS} characters (${[...text].length} were entered).`,
    );
  }
  if (/[\p{Cc}]/u.test(text.replace(/[\n\r\t]/g, ''))) {
    throw new BadUserInputError(field, 'The text contains characters that cannot be stored.');
  }
  return text;
}

/** Whether the viewer is on the patient's side of a patient (the patient or their proxy). */
function actsFor(viewer: Viewer, patientId: string | null): boolean {
  return (
    patientId !== null &&
    (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) &&
    viewer.patientIds.includes(patientId)
  );
}

/** The patient's side only, audited either way (a request that does not exist: nobody's). */
function requirePatientSide(
  ctx: Context,
  patientId: string | null,
  objectId: string,
  operation: AuditOperation,
  fields: string[],
): Viewer {
  const viewer = requireViewer(ctx);
  const allowed = actsFor(viewer, patientId);
  ctx.audit.record({
    objectType: 'ErasureRequest',
    objectId,
    operation,
    fields,
    outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    actingForPatientId: allowed ? patientId : null,
    reason: allowed ? null : 'not the patient’s side',
  });
  if (!allowed) {
    throw new ForbiddenError(
      'Only the patient or their proxy can ask for their record to be erased.',
    );
  }
  return viewer;
}

/** Operations staff only, audited either way. */
function requireOperations(
  ctx: Context,
  objectId: string,
  operation: AuditOperation,
  fields: string[],
): Viewer {
  const viewer = requireViewer(ctx);
  const allowed = hasRole(viewer, 'OPERATIONS');
  ctx.audit.record({
    objectType: 'ErasureRequest',
    objectId,
    operation,
    fields,
    outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    reason: allowed ? null : 'not operations staff',
  });
  if (!allowed) throw new ForbiddenError('Only operations staff can decide on erasure requests.');
  return viewer;
}

/**
 * The request, for someone entitled to it: operations staff, or the patient's side of its patient.
 * Anyone else gets FORBIDDEN, also for an id that does not exist (only staff learn NOT_FOUND).
 * @param ctx - the request context
 * @param id - the request's UUID as received
 * @param field - the argument that held it
 * @returns the request
 * @throws BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND
 */
export async function getErasureRequest(
  ctx: Context,
  id: string,
  field = 'id',
): Promise<ErasureRequest> {
  const requestId = parseId(id, field);
  const viewer = requireViewer(ctx);
  const found = await ctx.em.findOne(ErasureRequest, { id: requestId });
  const allowed = hasRole(viewer, 'OPERATIONS') || (found && actsFor(viewer, found.patientId));
  ctx.audit.record({
    objectType: 'ErasureRequest',
    objectId: requestId,
    operation: AuditOperation.READ,
    fields: ['status'],
    outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    actingForPatientId:
      found && viewer.patientIds.includes(found.patientId) ? found.patientId : null,
    reason: allowed ? null : found ? 'not the patient’s side' : 'no such object',
  });
  if (!allowed) throw new ForbiddenError('You may not see this erasure request.');
  if (!found) throw new NotFoundError('ErasureRequest', id);
  return found;
}

/**
 * The patient's side asks for the patient's whole record to be erased (DPDP Act 2023 §12(3));
 * operations staff then confirm or decline. Publishes `ErasureRequested`.
 * @param ctx - the request context
 * @param ask - whose record, and optionally why (at most 1,000 characters)
 * @returns the pending request
 * @throws BAD_USER_INPUT (`input.patientId`, `input.reason`); FORBIDDEN unless the patient's side;
 *   CONFLICT when a request for the patient is already pending
 */
export async function requestErasure(ctx: Context, ask: ErasureAsk): Promise<ErasureRequest> {
  const patientId = parseId(ask.patientId, 'input.patientId');
  const viewer = requirePatientSide(ctx, patientId, patientId, AuditOperation.CREATE, ['reason']);
  const reason = cleanReason(ask.reason, 'input.reason');
  return ctx.em.transactional(async (em) => {
    const pending = await em.findOne(ErasureRequest, {
      patientId,
      status: ErasureRequestStatus.PENDING,
    });
    if (pending) {
      throw new ConflictError(
        `An erasure of this record was already asked for on ${pending.createdAt.toISOString()} and is waiting for operations staff.`,
      );
    }
    const request = em.create(ErasureRequest, {
      patientId,
      requestedByAccountId: viewer.accountId,
      requestedByRelationship: viewer.proxyRelationships[patientId] ?? 'SELF',
      reason,
    });
    recordEvent(em, {
      type: 'ErasureRequested',
      caseId: null,
      patientId,
      actor: { accountId: viewer.accountId, actingForPatientId: patientId },
      data: { requestId: request.id },
    });
    await em.flush();
    return request;
  });
}

/**
 * The patient's side withdraws a pending request.
 * @throws FORBIDDEN unless the patient's side; CONFLICT unless pending
 */
export async function cancelErasureRequest(ctx: Context, id: string): Promise<ErasureRequest> {
  const requestId = parseId(id, 'id');
  const request = await ctx.em.findOne(ErasureRequest, { id: requestId });
  requirePatientSide(ctx, request?.patientId ?? null, requestId, AuditOperation.UPDATE, ['status']);
  if (!request) throw new ForbiddenError('You may not see this erasure request.');
  const changed = await ctx.em.nativeUpdate(
    ErasureRequest,
    { id: requestId, status: ErasureRequestStatus.PENDING },
    { status: ErasureRequestStatus.CANCELLED, cancelledAt: new Date(), updatedAt: new Date() },
  );
  await ctx.em.refresh(request);
  if (changed === 0) {
    throw new ConflictError(
      `This request is ${request.status.toLowerCase()}: only a pending request can be withdrawn.`,
    );
  }
  return request;
}

/**
 * Operations staff decline a pending request, saying why (shown to the patient).
 * @throws FORBIDDEN unless operations; BAD_USER_INPUT `reason` when empty or too long; CONFLICT
 *   unless pending
 */
export async function declineErasureRequest(
  ctx: Context,
  id: string,
  reason: string,
): Promise<ErasureRequest> {
  const requestId = parseId(id, 'id');
  const viewer = requireOperations(ctx, requestId, AuditOperation.UPDATE, [
    'status',
    'declineReason',
  ]);
  const why = cleanReason(reason, 'reason');
  if (!why) throw new BadUserInputError('reason', 'Say why, for the patient.');
  const request = await ctx.em.findOne(ErasureRequest, { id: requestId });
  if (!request) throw new NotFoundError('ErasureRequest', id);
  const now = new Date();
  const changed = await ctx.em.nativeUpdate(
    ErasureRequest,
    { id: requestId, status: ErasureRequestStatus.PENDING },
    {
      status: ErasureRequestStatus.DECLINED,
      declineReason: why,
      decidedAt: now,
      decidedByAccountId: viewer.accountId,
      updatedAt: now,
    },
  );
  await ctx.em.refresh(request);
  if (changed === 0) {
    throw new ConflictError(
      `This request is ${request.status.toLowerCase()}: only a pending request can be declined.`,
    );
  }
  return request;
}

/**
 * Every case of the patient records knows of: from the events (CaseProgress, CaseParty) and from
 * what each erasure participant holds.
 * @param em - an EntityManager
 * @param patientId - the patient
 * @returns case ids, without repeats
 */
export async function casesOfPatient(em: EntityManager, patientId: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const progress of await em.find(CaseProgress, { patientId }, { fields: ['caseId'] })) {
    ids.add(progress.caseId);
  }
  const parties = await em.find(CaseParty, { kind: CasePartyKind.PATIENT, partyId: patientId });
  for (const party of parties) ids.add(party.caseId);
  for (const participant of RECORDS_ERASURE_PARTICIPANTS) {
    for (const id of (await participant.casesOf?.(em, patientId)) ?? []) ids.add(id);
  }
  return [...ids].sort();
}

/**
 * The patient's cases that are under way: paid and not yet reported, refunded or withdrawn. Their
 * record cannot be erased until they end (the specialists are working on them).
 * @param em - an EntityManager
 * @param caseIds - the patient's cases
 * @returns the progress rows of those cases
 */
export async function casesUnderWay(em: EntityManager, caseIds: string[]): Promise<CaseProgress[]> {
  if (caseIds.length === 0) return [];
  return em.find(
    CaseProgress,
    { caseId: { $in: caseIds }, activeSince: { $ne: null }, closedAt: null },
    { orderBy: { caseId: 'asc' } },
  );
}

/** On SQLite, makes deleted rows be overwritten with zeros in the database file. */
async function overwriteDeletedRows(em: EntityManager): Promise<void> {
  if (em.getPlatform().constructor.name.toLowerCase().includes('sqlite')) {
    await em.getConnection().execute('PRAGMA secure_delete = ON');
  }
}

/**
 * Removes files an erasure scheduled (after it committed); each one removed loses its row, one
 * the store failed on stays for the worker.
 * @param em - an EntityManager (not in a transaction)
 * @param store - the file store
 * @param logger - for failures
 * @param erasureRequestId - only this erasure's files (default: every one left)
 */
export async function removeErasedFiles(
  em: EntityManager,
  store: FileStore,
  logger: Logger,
  erasureRequestId?: string,
): Promise<void> {
  const pending = await em.find(ErasureFileRemoval, erasureRequestId ? { erasureRequestId } : {}, {
    limit: 1000,
  });
  for (const file of pending) {
    try {
      await store.remove(file.storageKey);
      em.remove(file);
    } catch (error) {
      file.attempts += 1;
      logger.warn({ err: error, storageKey: file.storageKey }, 'erased file not removed yet');
    }
  }
  await em.flush();
}

/**
 * Operations staff confirm a pending request, and the erasure is carried out in one transaction:
 * every participant (RECORDS_ERASURE_PARTICIPANTS) destroys the patient's data it holds, seals
 * what the retention schedule keeps, and lists what it did; share links stop working; the cases
 * close; `ErasureCompleted` is published for each case and once for the patient (caseId null), on
 * which patient-intake erases its part. The files are removed from the store once this commits.
 * @param ctx - the request context
 * @param id - the request
 * @param store - the file store (default: from the environment)
 * @returns the completed request, with its confirmation
 * @throws FORBIDDEN unless operations; NOT_FOUND; CONFLICT unless pending, or when a case is under
 *   way (paid, not yet reported or refunded)
 */
export async function confirmErasureRequest(
  ctx: Context,
  id: string,
  store: FileStore = fileStoreFromEnv(),
): Promise<ErasureRequest> {
  const requestId = parseId(id, 'id');
  const viewer = requireOperations(ctx, requestId, AuditOperation.DELETE, ['record']);
  await overwriteDeletedRows(ctx.em);
  requestSqliteCompaction(ctx.em);
  const request = await ctx.em.transactional(async (em) => {
    const found = await em.findOne(ErasureRequest, { id: requestId });
    if (!found) throw new NotFoundError('ErasureRequest', id);
    const now = new Date();
    // Claim it: of two confirmations at once, one finds it no longer pending.
    const claimed = await em.nativeUpdate(
      ErasureRequest,
      { id: requestId, status: ErasureRequestStatus.PENDING },
      { status: ErasureRequestStatus.COMPLETED, updatedAt: now },
    );
    if (claimed === 0) {
      throw new ConflictError(
        `This request is ${found.status.toLowerCase()}: only a pending request can be confirmed.`,
      );
    }
    const patientId = found.patientId;
    const caseIds = await casesOfPatient(em, patientId);
    const underWay = await casesUnderWay(em, caseIds);
    if (underWay.length > 0) {
      throw new ConflictError(
        `The record cannot be erased while a case is under way (paid, opinions not yet delivered): ${underWay
          .map((progress) => progress.caseId)
          .join(', ')}. Finish the case or cancel it with a refund first.`,
      );
    }
    const progress = await em.find(CaseProgress, { caseId: { $in: caseIds } });
    const consented = new Map(progress.map((row) => [row.caseId, row.consentedAt]));
    const files = new Set<string>();
    const scope: RecordsErasureScope = {
      em,
      patientId,
      caseIds,
      erasureRequestId: requestId,
      now,
      seal: (input) =>
        sealRecord(em, masterKey, {
          ...input,
          service: 'records',
          patientId,
          erasureRequestId: requestId,
        }),
      removeFile: (storageKey) => files.add(storageKey),
      erasedObjectIds: [requestId],
      consultationStart: (caseId) => consented.get(caseId) ?? null,
    };
    const items = await runErasureParticipants(RECORDS_ERASURE_PARTICIPANTS, scope);
    for (const storageKey of files) {
      em.create(ErasureFileRemoval, { storageKey, erasureRequestId: requestId });
    }
    for (const row of progress) {
      if (row.closedAt) continue;
      row.closedAt = now;
      row.closedBy = 'ErasureCompleted';
    }
    // The requester's words may say something clinical: none stay, on any of their requests.
    await em.nativeUpdate(ErasureRequest, { patientId, id: { $ne: requestId } }, { reason: null });
    Object.assign(found, {
      status: ErasureRequestStatus.COMPLETED,
      reason: null,
      decidedAt: now,
      decidedByAccountId: viewer.accountId,
      completedAt: now,
      caseIds,
      confirmationItems: items.map((item): StoredErasureItem => ({
        category: item.category,
        action: item.action,
        service: item.service,
        count: item.count,
        caseId: item.caseId ?? null,
        retention: item.retention ?? null,
        retainedUntil: item.retainedUntil?.toISOString() ?? null,
      })),
    });
    const actor = { accountId: viewer.accountId, actingForPatientId: null };
    for (const caseId of caseIds) {
      recordEvent(em, {
        type: 'ErasureCompleted',
        caseId,
        patientId,
        actor,
        data: { requestId },
      });
    }
    // Last, for the patient's own details (a patient may have no case at all).
    recordEvent(em, {
      type: 'ErasureCompleted',
      caseId: null,
      patientId,
      actor,
      data: { requestId },
    });
    await em.flush();
    return found;
  });
  await removeErasedFiles(ctx.em.fork(), store, ctx.logger, request.id);
  await sweepErasedLeftovers(ctx.em.fork(), store, ctx.logger, new Date());
  return request;
}

/** Which requests to list. */
export interface ErasureRequestsQuery {
  patientId?: string | null;
  status?: ErasureRequestStatus | null;
  first: number;
  after?: string | null;
}

/**
 * Erasure requests, newest first: of one patient (the patient's side or operations staff), or
 * every patient's (operations staff), optionally of one status.
 * @throws BAD_USER_INPUT; FORBIDDEN
 */
export async function listErasureRequests(
  ctx: Context,
  query: ErasureRequestsQuery,
): Promise<Connection<ErasureRequest>> {
  const size = parsePageSize(query.first);
  const where: FilterQuery<ErasureRequest> = {};
  if (query.patientId) {
    const patientId = parseId(query.patientId, 'patientId');
    const viewer = requireViewer(ctx);
    if (!hasRole(viewer, 'OPERATIONS')) {
      requirePatientSide(ctx, patientId, patientId, AuditOperation.READ, ['status']);
    }
    where.patientId = patientId;
  } else {
    requireOperations(ctx, 'all', AuditOperation.READ, ['status']);
  }
  if (query.status) where.status = query.status;
  if (query.after) {
    const [id] = decodeCursor(query.after, ['uuid']);
    where.id = { $lt: id };
  }
  const rows = await ctx.em.find(ErasureRequest, where, {
    orderBy: { id: 'desc' },
    limit: size + 1,
  });
  return toConnection(rows, size, query.after, (row) => [row.id]);
}
