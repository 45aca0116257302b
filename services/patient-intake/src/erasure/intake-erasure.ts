import {
  forgetCaseEvents,
  masterKeyFromEnv,
  RetentionCategory,
  sealAuditEntries,
  sealRecord,
  type DomainEvent,
  type ErasureScope,
  type MasterKeySource,
  requestSqliteCompaction,
} from '@consilium/subgraph-kit';
import { wrap, type EntityManager } from '@mikro-orm/core';
import { Case } from '../case/case.entity';
import { Consent } from '../consent/consent.entity';
import { Notification } from '../notification/notification.entity';
import { AdministrativeGender } from '../patient/administrative-gender.enum';
import { Patient } from '../patient/patient.entity';
import { CaseTimelineEntry } from '../timeline/case-timeline-entry.entity';

/** The key that wraps the data keys of intake's sealed records (PATIENT_INTAKE_MASTER_KEY). */
export const INTAKE_MASTER_KEY: MasterKeySource = masterKeyFromEnv('patient-intake');

/** The erasure an `ErasureCompleted` event reports, as intake's participants see it. */
function scopeOf(
  em: EntityManager,
  event: DomainEvent<'ErasureCompleted'>,
  caseIds: string[],
): ErasureScope {
  const patientId = event.patientId!;
  const erasureRequestId = event.data.requestId;
  return {
    em,
    patientId,
    caseIds,
    erasureRequestId,
    now: new Date(event.occurredAt),
    seal: (input) =>
      sealRecord(em, INTAKE_MASTER_KEY, {
        ...input,
        service: 'patient-intake',
        patientId,
        erasureRequestId,
      }),
  };
}

/**
 * A case's part of intake's erasure, idempotent: its signed e-consents are sealed as consultation
 * records (IMC Regulations 2002 reg. 1.3.1: 3 years from the case's first e-consent), with who
 * the patient was (name, date of birth, sex) so the kept record still says whose it is, and then
 * deleted; the history and questions are blanked; messages about the case are deleted except
 * the notice of the erasure itself (still to be sent). The case row stays, closed, so the lists of
 * the doctors and operations staff who worked on it stay whole.
 * @param scope - the erasure
 * @param found - the case
 * @param patient - its patient, before their details are blanked (null if never registered)
 * @param keepNoticesOf - ids of the erasure events whose notices must still go out
 */
async function eraseCaseContent(
  scope: ErasureScope,
  found: Case,
  patient: Patient | null,
  keepNoticesOf: string[],
): Promise<void> {
  const { em } = scope;
  const consents = await em.find(
    Consent,
    { caseId: found.id },
    { orderBy: { dateTime: 'asc' }, populate: ['document', 'privacyNotice'] },
  );
  if (consents.length > 0) {
    scope.seal({
      category: RetentionCategory.CONSULTATION_RECORDS,
      kind: 'Consent',
      caseId: found.id,
      itemCount: consents.length,
      retainedFrom: consents[0]!.dateTime,
      content: {
        patient: patient && {
          id: patient.id,
          fullName: patient.fullName,
          nameLocal: patient.nameLocal,
          birthDate: patient.birthDate,
          gender: patient.gender,
        },
        consents: consents.map((consent) => {
          const { document, privacyNotice, ...kept } = wrap(consent).toPOJO();
          void document;
          void privacyNotice;
          const shown = (legal: Consent['document']) => ({
            kind: legal.getEntity().kind,
            version: legal.getEntity().version,
            sha256: legal.getEntity().sha256,
          });
          return {
            ...kept,
            document: shown(consent.document),
            privacyNotice: shown(consent.privacyNotice),
          };
        }),
      },
    });
    await em.nativeDelete(Consent, { caseId: found.id });
  }
  em.assign(found, {
    presentingComplaint: null,
    reasonForSecondOpinion: null,
    symptoms: [],
    conditions: [],
    medications: [],
    allergies: [],
    noKnownAllergies: null,
    procedures: [],
    investigations: [],
    otherHistory: null,
    treatingPractitioner: null,
    treatmentAdvised: null,
    reasonDetail: null,
    questions: [],
    patientLocation: null,
  });
  await em.nativeDelete(Notification, {
    caseId: found.id,
    ...(keepNoticesOf.length ? { eventId: { $nin: keepNoticesOf } } : {}),
  });
}

/** The ids of the erasure events already applied to these cases (their notices are kept). */
async function erasureEventIds(em: EntityManager, caseIds: string[]): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const entries = await em.find(CaseTimelineEntry, {
    caseId: { $in: caseIds },
    eventType: 'ErasureCompleted',
  });
  return entries.map((entry) => entry.eventId);
}

/**
 * patient-intake's part of an erasure (issue 7), run on each `ErasureCompleted` records publishes
 * once it has destroyed its own part, in the consumer's transaction (exactly once in effect):
 * - for a case (`caseId` set): that case's content (see eraseCaseContent);
 * - for the patient (`caseId` null, published last): every case's content (in case a case event
 *   is late), the patient's name, contact details, address, identity document, guardian and
 *   emergency contact, and the audit entries about them, sealed as an access log (DPDP Rules 2025
 *   rule 8(3): a year from the latest entry). What stays of the patient is a nameless row with the
 *   date of birth, which the closed cases point to.
 * @param em - the consumer's transaction
 * @param event - the event
 */
export async function eraseIntakeData(
  em: EntityManager,
  event: DomainEvent<'ErasureCompleted'>,
): Promise<void> {
  if (!event.patientId) return;
  requestSqliteCompaction(em);
  const patient = await em.findOne(Patient, { id: event.patientId });
  if (event.caseId) {
    const found = await em.findOne(Case, { id: event.caseId });
    if (!found) return;
    const scope = scopeOf(em, event, [found.id]);
    await eraseCaseContent(scope, found, patient, [
      event.id,
      ...(await erasureEventIds(em, [found.id])),
    ]);
    await forgetCaseEvents(scope);
    await sealAuditEntries(scope, 'patient-intake');
    await em.flush();
    return;
  }
  const cases = patient ? await em.find(Case, { patient: patient.id }) : [];
  const caseIds = cases.map((found) => found.id);
  const scope = scopeOf(em, event, caseIds);
  const keep = await erasureEventIds(em, caseIds);
  for (const found of cases) await eraseCaseContent(scope, found, patient, keep);
  if (patient) {
    em.assign(patient, {
      fullName: '',
      nameLocal: null,
      gender: AdministrativeGender.UNKNOWN,
      genderIdentity: null,
      phone: null,
      email: null,
      preferredLanguage: null,
      address: null,
      emergencyContact: null,
      identifier: null,
      guardian: null,
    });
  }
  await forgetCaseEvents(scope);
  await sealAuditEntries(scope, 'patient-intake');
  await em.flush();
}
