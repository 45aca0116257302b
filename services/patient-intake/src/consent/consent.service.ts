import {
  AuditOperation,
  ClientError,
  ConflictError,
  ForbiddenError,
  parseId,
} from '@consilium/subgraph-kit';
import {
  AGE_OF_MAJORITY,
  ageOn,
  consentSignatureSchema,
  signerNameProblem,
  GUARDIAN_RELATIONSHIPS,
  todayIn,
} from '@consilium/validation';
import type { EntityManager } from '@mikro-orm/core';
import { CASE_TRANSITIONS } from '../case-stage/case-stage-machine';
import { CaseStage } from '../case/case-stage.enum';
import { Case } from '../case/case.entity';
import type { Context } from '../context.type';
import { inputProblemsError, parseInput } from '../errors/input-problems';
import { recordCaseEvent } from '../intake/case-events';
import { requirePatientSide, type PatientSide } from '../patient/patient-side';
import { Consent, ConsentStatus } from './consent.entity';
import { currentLegalDocument } from './legal-document.service';
import { LegalDocumentKind } from './legal-document.entity';

/** What the signer sends with their signature. */
export interface ConsentSigning {
  caseId: string;
  documentVersion: string;
  documentSha256: string;
  privacyNoticeVersion: string;
  privacyNoticeSha256: string;
  typedFullName: string;
  signatureImage: string;
  agreed: boolean;
}

/** Stages in which a case can no longer be consented to (finished, or not yet submitted). */
const NOT_CONSENTABLE = new Set([CaseStage.DRAFT, CaseStage.CANCELLED, CaseStage.CLOSED]);

/**
 * The latest consent of a case, if any.
 * @param em - an EntityManager
 * @param caseId - the case
 * @returns the consent signed last
 */
export async function latestConsent(em: EntityManager, caseId: string): Promise<Consent | null> {
  const [latest] = await em.find(
    Consent,
    { caseId },
    { orderBy: { dateTime: 'desc' }, limit: 1, populate: ['document'] },
  );
  return latest ?? null;
}

/**
 * Whether a case needs (again) a signature before it can move on: submitted and not consented,
 * or consented on a consent or privacy notice version no longer in force.
 * @param em - an EntityManager
 * @param found - the case
 * @returns true when the patient's side must sign
 */
export async function needsConsent(em: EntityManager, found: Case): Promise<boolean> {
  if (NOT_CONSENTABLE.has(found.stage)) return false;
  const latest = await latestConsent(em, found.id);
  if (!latest || latest.status !== ConsentStatus.ACTIVE) return found.stage === CaseStage.SUBMITTED;
  return !(await isOnCurrentDocuments(em, latest));
}

/**
 * Whether a consent was signed on the consent and the privacy notice in force now (a new version
 * of either asks the patient's side to read and sign again).
 * @param em - an EntityManager
 * @param consent - the consent
 * @returns true when both are the versions in force
 */
export async function isOnCurrentDocuments(em: EntityManager, consent: Consent): Promise<boolean> {
  const document = await currentLegalDocument(em, LegalDocumentKind.CONSENT);
  const notice = await currentLegalDocument(em, LegalDocumentKind.PRIVACY_NOTICE);
  return consent.document.id === document.id && consent.privacyNotice.id === notice.id;
}

/** The minor rule: a parent or legal guardian signs for a patient under 18. */
function checkSigner(side: PatientSide, birthDate: string): void {
  if (ageOn(birthDate, todayIn()) >= AGE_OF_MAJORITY) return;
  const relationship = side.kind === 'PROXY' ? side.relationship : null;
  if (!relationship || !GUARDIAN_RELATIONSHIPS.includes(relationship)) {
    throw new ForbiddenError(
      'The patient is under 18: their parent or legal guardian must sign the consent.',
    );
  }
}

/**
 * Records the patient's side's electronic signature on the e-consent in force (DESIGN.md §2
 * step 3): the exact version and hash, the privacy notice shown, typed name, drawn signature,
 * signer account and relationship, time, IP address and user agent. A SUBMITTED case becomes
 * CONSENTED (CaseConsented); a case consented on an older version is consented again (the older
 * consent becomes INACTIVE). Signing the version already signed returns that consent.
 * @param ctx - the request
 * @param signing - what was signed
 * @returns the consent
 * @throws BAD_USER_INPUT for the signature fields (`input.…`); FORBIDDEN when the viewer does
 *   not act for the patient (a withdrawn proxy is told when) or a minor signs; CONFLICT (field
 *   documentVersion or privacyNoticeVersion) when the text signed is not the one in force, or
 *   when the case cannot be consented now
 */
export async function signConsent(ctx: Context, signing: ConsentSigning): Promise<Consent> {
  const caseId = parseId(signing.caseId, 'input.caseId');
  return ctx.em.transactional(async (em) => {
    const found = await em.findOne(Case, { id: caseId }, { populate: ['patient'] });
    if (!found) throw new ForbiddenError('You may not see or change this case.');
    const side = await requirePatientSide(
      ctx,
      found.patient.id,
      {
        operation: AuditOperation.CREATE,
        objectType: 'Consent',
        objectId: caseId,
        caseId,
        fields: ['signature', 'documentVersion'],
      },
      em,
    );
    const patient = found.patient.getEntity();
    checkSigner(side, patient.birthDate);
    const signature = parseInput(consentSignatureSchema, signing, 'input');
    const patientNames = [patient.fullName, ...(patient.nameLocal ? [patient.nameLocal] : [])];
    const nameProblem = signerNameProblem(
      signature.typedFullName,
      side.kind === 'SELF'
        ? { kind: 'SELF', names: patientNames }
        : { kind: 'PROXY', patientNames, guardianName: patient.guardian?.fullName ?? null },
    );
    if (nameProblem) throw inputProblemsError([nameProblem]);
    if (NOT_CONSENTABLE.has(found.stage)) {
      throw new ConflictError(
        found.stage === CaseStage.DRAFT
          ? 'Submit the case before signing the consent.'
          : `This case is ${found.stage.toLowerCase()}; it cannot be consented to.`,
      );
    }
    const document = await currentLegalDocument(em, LegalDocumentKind.CONSENT);
    const notice = await currentLegalDocument(em, LegalDocumentKind.PRIVACY_NOTICE);
    if (
      signing.documentVersion !== document.version ||
      signing.documentSha256 !== document.sha256
    ) {
      throw new ClientError(
        'CONFLICT',
        `The consent form has been updated; please read and accept the current version (${document.version}).`,
        { field: 'documentVersion', currentVersion: document.version },
      );
    }
    if (
      signing.privacyNoticeVersion !== notice.version ||
      signing.privacyNoticeSha256 !== notice.sha256
    ) {
      throw new ClientError(
        'CONFLICT',
        `The privacy notice has been updated; please read the current version (${notice.version}).`,
        { field: 'privacyNoticeVersion', currentVersion: notice.version },
      );
    }
    const latest = await latestConsent(em, caseId);
    if (
      latest?.status === ConsentStatus.ACTIVE &&
      latest.document.id === document.id &&
      latest.privacyNotice.id === notice.id
    ) {
      return latest;
    }
    if (found.stage !== CaseStage.SUBMITTED && latest?.status !== ConsentStatus.ACTIVE) {
      throw new ConflictError(
        'The consent for this case was withdrawn; it cannot be signed again.',
      );
    }
    const now = new Date();
    if (latest?.status === ConsentStatus.ACTIVE) {
      latest.status = ConsentStatus.INACTIVE;
      latest.supersededAt = now;
    }
    const consent = em.create(Consent, {
      caseId,
      patientId: patient.id,
      status: ConsentStatus.ACTIVE,
      dateTime: now,
      document,
      documentSha256: document.sha256,
      privacyNotice: notice,
      signerAccountId: side.accountId,
      signerName: signature.typedFullName,
      signerRelationship: side.kind === 'SELF' ? 'SELF' : (side.relationship ?? 'OTHER'),
      signatureImage: signature.signatureImage,
      ipAddress: ctx.client.ipAddress?.slice(0, 64) ?? null,
      userAgent: ctx.client.userAgent?.slice(0, 256) ?? null,
    });
    if (found.stage === CaseStage.SUBMITTED) {
      await recordCaseEvent(em, ctx, found, 'CaseConsented', {
        consentId: consent.id,
        documentVersion: document.version,
        privacyNoticeVersion: notice.version,
      });
    } else {
      // signed again on updated documents: the others learn the case may move on (issue 8)
      await recordCaseEvent(em, ctx, found, 'ConsentRenewed', {
        consentId: consent.id,
        documentVersion: document.version,
        privacyNoticeVersion: notice.version,
      });
    }
    await em.flush();
    return consent;
  });
}

/**
 * Withdraws a case's consent: the consent becomes INACTIVE and the case is CANCELLED
 * (ConsentWithdrawn), which stops its processing. Possible until the specialists start (after
 * payment a cancellation with refund goes through operations).
 * @param ctx - the request
 * @param caseId - the case (UUID)
 * @param reason - why, optional (at most 2,000 characters)
 * @returns the withdrawn consent
 * @throws FORBIDDEN; CONFLICT without a consent in force or once the specialists started
 */
export async function withdrawConsent(
  ctx: Context,
  caseId: string,
  reason: string | null,
): Promise<Consent> {
  const id = parseId(caseId, 'caseId');
  return ctx.em.transactional(async (em) => {
    const found = await em.findOne(Case, { id }, { populate: ['patient'] });
    if (!found) throw new ForbiddenError('You may not see or change this case.');
    const side = await requirePatientSide(
      ctx,
      found.patient.id,
      {
        operation: AuditOperation.UPDATE,
        objectType: 'Consent',
        objectId: id,
        caseId: id,
        fields: ['status', 'withdrawnAt'],
      },
      em,
    );
    const latest = await latestConsent(em, id);
    if (!latest || latest.status !== ConsentStatus.ACTIVE) {
      throw new ConflictError('This case has no consent in force to withdraw.');
    }
    if (!CASE_TRANSITIONS.ConsentWithdrawn?.[found.stage]) {
      throw new ConflictError(
        'The specialists have started on this case; ask Consilium operations to cancel it (a refund follows the refund rules).',
      );
    }
    const trimmed = reason?.normalize('NFC').trim() ?? '';
    if ([...trimmed].length > 2000) {
      throw new ClientError('BAD_USER_INPUT', 'At most 2,000 characters.', { field: 'reason' });
    }
    latest.status = ConsentStatus.INACTIVE;
    latest.withdrawnAt = new Date();
    latest.withdrawnByAccountId = side.accountId;
    latest.withdrawalReason = trimmed || null;
    await recordCaseEvent(em, ctx, found, 'ConsentWithdrawn', { consentId: latest.id });
    await em.flush();
    return latest;
  });
}
