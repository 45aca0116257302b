import {
  AuditOperation,
  BadUserInputError,
  ConflictError,
  actorOf,
  authorizeCase,
  currentTime,
  parseId,
  recordEvent,
  refuseMissing,
  requireRole,
} from '@consilium/subgraph-kit';
import { CaseProfile } from '../case-profile/case-profile.entity';
import { requireConsultingSpecialist } from '../consultation/consultation-access';
import type { Context } from '../context.type';
import { InfoRequestKind, InfoRequestStatus } from './info-request-enums';
import { InfoRequest } from './info-request.entity';
import { caseTargetOf } from '../case/case-target';

function text(field: string, value: string, max: number): string {
  const trimmed = value.normalize('NFC').trim();
  if (!trimmed) throw new BadUserInputError(field, 'Write something here.');
  if ([...trimmed].length > max) {
    throw new BadUserInputError(field, `Keep it under ${max.toLocaleString('en-IN')} characters.`);
  }
  return trimmed;
}

/**
 * A confirmed specialist of a paid case asks the patient's side for more information or a test
 * (DESIGN.md §2 step 6). Records `InfoRequested`, which moves the case to INFO_REQUESTED and
 * tells the patient (without the question's text).
 * @param ctx - request context
 * @param caseId - the case (UUID)
 * @param kind - INFORMATION or TEST
 * @param question - what is asked, up to 2,000 characters
 * @returns the open request
 * @throws BAD_USER_INPUT naming `question`; FORBIDDEN; CONFLICT unless the case is paid and open
 */
export async function requestInformation(
  ctx: Context,
  caseId: string,
  kind: InfoRequestKind,
  question: string,
): Promise<InfoRequest> {
  const id = parseId(caseId, 'caseId');
  const asked = text('question', question, 2000);
  return ctx.em.transactional(async (em) => {
    const { specialistId, profile } = await requireConsultingSpecialist(em, ctx, id);
    const request = em.create(InfoRequest, { caseId: id, specialistId, kind, question: asked });
    recordEvent(em, {
      type: 'InfoRequested',
      caseId: id,
      patientId: profile.patientId,
      actor: actorOf(ctx, profile.patientId),
      data: { requestId: request.id, specialistId },
    });
    return request;
  });
}

/**
 * The patient's side answers a request, optionally attaching reports already uploaded to the case
 * (records' documents). Records `InfoProvided` with how many requests remain open: the case
 * returns to ACTIVE when none do.
 * @param ctx - request context
 * @param requestId - the request (UUID)
 * @param answer - the answer, up to 5,000 characters
 * @param documentIds - uploaded reports (UUIDs), at most 20
 * @returns the answered request
 * @throws BAD_USER_INPUT naming `answer` or `documentIds.N`; FORBIDDEN unless the patient's side
 *   (or operations staff); CONFLICT when already answered or the case is closed
 */
export async function answerInformationRequest(
  ctx: Context,
  requestId: string,
  answer: string,
  documentIds: string[],
): Promise<InfoRequest> {
  const id = parseId(requestId, 'requestId');
  requireRole(ctx, 'PATIENT', 'PROXY', 'OPERATIONS');
  const given = text('answer', answer, 5000);
  if (documentIds.length > 20)
    throw new BadUserInputError('documentIds', 'Attach at most 20 reports.');
  const documents = [...new Set(documentIds.map((d, index) => parseId(d, `documentIds.${index}`)))];
  const found = await ctx.em.findOne(InfoRequest, { id });
  if (!found) refuseMissing(ctx, 'InfoRequest', requestId);
  await authorizeCase(ctx, await caseTargetOf(ctx, found.caseId), {
    operation: AuditOperation.UPDATE,
    objectType: 'InfoRequest',
    objectId: id,
    fields: ['answer'],
    allowPartner: false,
  });
  return ctx.em.transactional(async (em) => {
    const request = await em.findOneOrFail(InfoRequest, { id });
    if (request.status !== InfoRequestStatus.OPEN) {
      throw new ConflictError('This request was already answered.');
    }
    const profile = await em.findOne(CaseProfile, { caseId: request.caseId });
    if (profile?.closedAt) throw new ConflictError('This case is closed.');
    request.status = InfoRequestStatus.ANSWERED;
    request.answer = given;
    request.documentIds = documents;
    request.answeredAt = currentTime();
    request.answeredByAccountId = ctx.viewer?.accountId ?? null;
    const openRequests = await em.count(InfoRequest, {
      caseId: request.caseId,
      status: InfoRequestStatus.OPEN,
      id: { $ne: request.id },
    });
    const patientId = profile?.patientId ?? null;
    recordEvent(em, {
      type: 'InfoProvided',
      caseId: request.caseId,
      patientId,
      actor: actorOf(ctx, patientId),
      data: { requestId: request.id, openRequests },
    });
    return request;
  });
}
