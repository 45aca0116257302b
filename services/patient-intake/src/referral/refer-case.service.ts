import { createHash, randomInt } from 'node:crypto';
import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  ForbiddenError,
  hasRole,
  parseId,
  requireRole,
} from '@consilium/subgraph-kit';
import {
  checkPhone,
  normaliseEmail,
  normaliseName,
  pastDate,
  todayIn,
} from '@consilium/validation';
import { ref, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { Case } from '../case/case.entity';
import { CaseStage } from '../case/case-stage.enum';
import type { Context } from '../context.type';
import { recordCaseEvent } from '../intake/case-events';
import { NotificationChannel } from '../notification/notification.entity';
import { PartnerShare } from '../partner-share/partner-share.entity';
import { Patient } from '../patient/patient.entity';
import { CaseReferral } from './case-referral.entity';
import type { ReferCaseInput } from './refer-case.input';
import { queueReferralInvitation } from './referral-invitation';

/** How long a referred patient has to claim the case: 30 days. */
const CLAIM_DAYS = 30;
/** The invitation code's letters: no 0/O, 1/I/L, so it is read and typed without mistakes. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new invitation code, e.g. `K7QH-3MZP` (40 bits). */
function newCode(): string {
  const letters = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${letters.slice(0, 4).join('')}-${letters.slice(4).join('')}`;
}

/** The stored form of a code: SHA-256 of it upper-cased without spaces or dashes. */
function hashCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest('hex');
}

/** The referral's patient, checked; every problem names its field (`input.…`). */
function parseReferral(input: ReferCaseInput): {
  fullName: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  language: 'en' | 'hi';
  referralNote: string;
} {
  const named = normaliseName(input.fullName);
  if ('problem' in named) throw new BadUserInputError('input.fullName', named.problem);
  const birth = pastDate(todayIn(), 'birthDate.future').safeParse(input.birthDate);
  if (!birth.success) {
    throw new BadUserInputError(
      'input.birthDate',
      'Give the date of birth as YYYY-MM-DD, not in the future.',
    );
  }
  let phone: string | null = null;
  if (input.phone?.trim()) {
    const checked = checkPhone(input.phone);
    if ('problem' in checked) throw new BadUserInputError('input.phone', checked.problem);
    phone = checked.phone;
  }
  let email: string | null = null;
  if (input.email?.trim()) {
    email = normaliseEmail(input.email);
    if (!email) throw new BadUserInputError('input.email', 'This is not an email address.');
  }
  if (!phone && !email) {
    throw new BadUserInputError(
      'input.email',
      'Give the patient’s email or mobile number: the invitation is sent there.',
    );
  }
  const language = input.preferredLanguage?.trim() || 'en';
  if (language !== 'en' && language !== 'hi') {
    throw new BadUserInputError('input.preferredLanguage', 'The language is en or hi.');
  }
  const referralNote = input.referralNote.normalize('NFC').trim();
  if ([...referralNote].length < 1 || [...referralNote].length > 2000) {
    throw new BadUserInputError(
      'input.referralNote',
      'Give the reason for the referral in 1 to 2,000 characters.',
    );
  }
  return { fullName: named.name, birthDate: input.birthDate, phone, email, language, referralNote };
}

/**
 * A partner organisation refers a patient (issue 10, scope `cases:refer`): a patient record and a
 * DRAFT case are made (CaseStarted), the case is shared with the partner for its status only
 * (PartnerAccessGranted without the report), and the patient is invited by email (or SMS when
 * only a phone is given) with a code to claim the case after signing up or in. Retrying with the
 * same idempotency key returns the same referral and sends nothing more.
 * @param ctx - the request (a partner token)
 * @param input - the patient, how to reach them, the reason, the idempotency key
 * @returns the referral
 * @throws UNAUTHENTICATED; FORBIDDEN without the PARTNER role or the cases:refer scope;
 *   BAD_USER_INPUT naming the field (`input.fullName`, `input.phone`, …)
 */
export async function referCase(ctx: Context, input: ReferCaseInput): Promise<CaseReferral> {
  const viewer = requireRole(ctx, 'PARTNER');
  const entry = {
    objectType: 'CaseReferral',
    objectId: viewer.partnerId ?? viewer.accountId,
    operation: AuditOperation.CREATE,
    fields: ['patient', 'case', 'invitation'],
  };
  if (!viewer.partnerId || !viewer.scopes.includes('cases:refer')) {
    ctx.audit.record({ ...entry, outcome: AuditOutcome.DENIED, reason: 'no cases:refer scope' });
    throw new ForbiddenError('Referring a patient needs a token with the cases:refer scope.');
  }
  const partnerId = viewer.partnerId;
  const idempotencyKey = parseId(input.idempotencyKey, 'input.idempotencyKey');
  const existing = await ctx.em.findOne(CaseReferral, { partnerId, idempotencyKey });
  if (existing) return existing;
  const referral = parseReferral(input);
  const made = await ctx.em
    .transactional(async (em) => {
      const again = await em.findOne(CaseReferral, { partnerId, idempotencyKey });
      if (again) return again;
      const patient = em.create(Patient, {
        fullName: referral.fullName,
        birthDate: referral.birthDate,
        gender: input.gender,
        phone: referral.phone,
        email: referral.email,
        preferredLanguage: referral.language,
      });
      const created = em.create(Case, {
        patient,
        stage: CaseStage.DRAFT,
        idempotencyKey,
        createdByAccountId: null,
        draftSavedAt: new Date(),
      });
      const started = await recordCaseEvent(em, ctx, created, 'CaseStarted', {
        startedAt: created.createdAt.toISOString(),
      });
      em.create(PartnerShare, {
        caseId: created.id,
        partnerId,
        includeReport: false,
        grantedAt: new Date(),
        grantedByAccountId: viewer.accountId,
      });
      await recordCaseEvent(em, ctx, created, 'PartnerAccessGranted', {
        partnerId,
        includeReport: false,
      });
      const code = newCode();
      const channel = referral.email ? NotificationChannel.EMAIL : NotificationChannel.SMS;
      const recipient = (referral.email ?? referral.phone)!;
      const expiresAt = new Date(Date.now() + CLAIM_DAYS * 24 * 3600 * 1000);
      const made = em.create(CaseReferral, {
        partnerId,
        idempotencyKey,
        caseId: created.id,
        referralNote: referral.referralNote,
        invitationChannel: channel,
        invitationSentTo: recipient,
        codeHash: hashCode(code),
        expiresAt,
      });
      queueReferralInvitation(em, {
        channel,
        recipient,
        language: referral.language,
        code,
        expiresAt,
        caseId: created.id,
        eventId: started.id,
      });
      await em.flush();
      return made;
    })
    .catch(async (error: unknown) => {
      // a concurrent retry with the same key committed first: answer with its referral
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return ctx.em.fork().findOneOrFail(CaseReferral, { partnerId, idempotencyKey });
    });
  ctx.audit.record({
    ...entry,
    objectId: made.id,
    caseId: made.caseId,
    outcome: AuditOutcome.ALLOWED,
  });
  return made;
}

/** The viewer's own patient record (not one they are a proxy for), if a patient. */
function ownPatientId(ctx: Context): string | null {
  const viewer = ctx.viewer;
  if (!viewer || !hasRole(viewer, 'PATIENT')) return null;
  return viewer.patientIds.find((id) => !(id in viewer.proxyRelationships)) ?? null;
}

/**
 * A referred patient claims the draft case a partner made for them with the invitation code
 * (issue 10): the case moves to their own patient record (made from the referral's details when
 * they have not registered yet), the referral's record is removed, and ReferralClaimed tells
 * every service whose case it is now. The case then shows in their patient app to complete.
 * @param ctx - the request (a patient's token)
 * @param code - the code from the invitation, e.g. `K7QH-3MZP` (case and dashes ignored)
 * @returns the case
 * @throws UNAUTHENTICATED; FORBIDDEN for anyone but a patient with their own record;
 *   BAD_USER_INPUT (field code) for an unknown, used or expired code
 */
export async function claimReferral(ctx: Context, code: string): Promise<Case> {
  const viewer = requireRole(ctx, 'PATIENT');
  const ownId = ownPatientId(ctx);
  if (!ownId) throw new ForbiddenError('Claiming a referral needs a patient account of your own.');
  return ctx.em.transactional(async (em: EntityManager) => {
    const referral = await em.findOne(CaseReferral, { codeHash: hashCode(code) });
    if (!referral || referral.claimedAt || referral.expiresAt.getTime() < Date.now()) {
      ctx.audit.record({
        objectType: 'CaseReferral',
        objectId: referral?.id ?? 'code',
        operation: AuditOperation.UPDATE,
        outcome: AuditOutcome.DENIED,
        reason: 'unknown, used or expired invitation code',
      });
      throw new BadUserInputError(
        'code',
        'This invitation code is not valid: it may be mistyped, used already or expired. Ask the organisation that referred you for a new referral.',
      );
    }
    const found = await em.findOneOrFail(Case, { id: referral.caseId }, { populate: ['patient'] });
    const referred = found.patient.getEntity();
    let own = await em.findOne(Patient, { id: ownId });
    if (!own) {
      own = em.create(Patient, {
        id: ownId,
        fullName: referred.fullName,
        birthDate: referred.birthDate,
        gender: referred.gender,
        phone: referred.phone,
        email: referred.email,
        preferredLanguage: referred.preferredLanguage,
        registeredByAccountId: viewer.accountId,
      });
    }
    (found as Case).patient = ref(own);
    found.createdByAccountId = viewer.accountId;
    referral.claimedAt = new Date();
    referral.claimedByAccountId = viewer.accountId;
    ctx.audit.record({
      objectType: 'CaseReferral',
      objectId: referral.id,
      caseId: found.id,
      operation: AuditOperation.UPDATE,
      outcome: AuditOutcome.ALLOWED,
      actingForPatientId: own.id,
      subjectPatientId: own.id,
      fields: ['patient'],
    });
    await em.flush();
    await recordCaseEvent(em, ctx, found, 'ReferralClaimed', {
      referralId: referral.id,
      previousPatientId: referred.id,
    });
    em.remove(referred);
    await em.flush();
    return found;
  });
}
