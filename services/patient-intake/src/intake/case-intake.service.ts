import {
  AuditOperation,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  parseId,
} from '@consilium/subgraph-kit';
import {
  caseIntakeSchema,
  identificationProblems,
  submissionProblems,
  todayIn,
  type CaseIntake,
  type Problem,
} from '@consilium/validation';
import type { EntityManager } from '@mikro-orm/core';
import { CaseStage } from '../case/case-stage.enum';
import { Case } from '../case/case.entity';
import type { Context } from '../context.type';
import { inputProblemsError, parseInput } from '../errors/input-problems';
import { requirePatientSide } from '../patient/patient-side';
import { Patient } from '../patient/patient.entity';
import { recordCaseEvent } from './case-events';
import { matchingProfileOf } from './matching-profile';
import type { CaseIntakeInput } from './case-intake.input';

/** The history sections a save may replace (the keys of CaseIntakeInput). */
const SECTIONS = [
  'presentingComplaint',
  'symptoms',
  'conditions',
  'medications',
  'allergies',
  'noKnownAllergies',
  'procedures',
  'investigations',
  'otherHistory',
  'treatingPractitioner',
  'treatmentAdvised',
  'reasonForSecondOpinion',
  'reasonDetail',
  'questions',
  'patientLocation',
] as const;
const LIST_SECTIONS = new Set([
  'symptoms',
  'conditions',
  'medications',
  'allergies',
  'procedures',
  'investigations',
  'questions',
]);

/**
 * Starts a DRAFT case for a registered patient the viewer acts for, published as CaseStarted so
 * every service knows whose case it is. Retrying with the same idempotency key returns the same
 * case.
 * @param ctx - the request
 * @param patientId - the patient (UUID)
 * @param idempotencyKey - a UUID the client made for this start
 * @returns the draft case
 * @throws BAD_USER_INPUT for malformed ids or an unregistered patient; FORBIDDEN
 */
export async function startCase(
  ctx: Context,
  patientId: string,
  idempotencyKey: string,
): Promise<Case> {
  const id = parseId(patientId, 'patientId');
  const key = parseId(idempotencyKey, 'idempotencyKey');
  const side = await requirePatientSide(ctx, id, {
    operation: AuditOperation.CREATE,
    objectType: 'Case',
    objectId: key,
  });
  return ctx.em.transactional(async (em) => {
    const patient = await em.findOne(Patient, { id });
    if (!patient) {
      throw new BadUserInputError('patientId', 'Register the patient before starting a case.');
    }
    const existing = await em.findOne(Case, { patient: id, idempotencyKey: key });
    if (existing) return existing;
    const created = em.create(Case, {
      patient,
      stage: CaseStage.DRAFT,
      idempotencyKey: key,
      createdByAccountId: side.accountId,
      draftSavedAt: new Date(),
    });
    await recordCaseEvent(em, ctx, created, 'CaseStarted', {
      startedAt: created.createdAt.toISOString(),
    });
    await em.flush();
    return created;
  });
}

/** A case the viewer may change as the patient's side, loaded in the transaction. */
async function caseForPatientSide(
  em: EntityManager,
  ctx: Context,
  caseId: string,
  fields: string[],
): Promise<Case> {
  const id = parseId(caseId, 'caseId');
  const found = await em.findOne(Case, { id }, { populate: ['patient'] });
  if (!found) {
    // The same answer as for someone else's case, so ids cannot be probed.
    throw new ForbiddenError('You may not see or change this case.');
  }
  await requirePatientSide(
    ctx,
    found.patient.id,
    {
      operation: AuditOperation.UPDATE,
      objectType: 'Case',
      objectId: id,
      caseId: id,
      fields,
    },
    em,
  );
  return found;
}

/**
 * Saves part of a DRAFT case's history: each section given replaces the stored one whole; a
 * null section clears it. Nothing is written when any rule is broken.
 * @param ctx - the request
 * @param caseId - the case (UUID)
 * @param input - the sections to save
 * @returns the case as saved
 * @throws BAD_USER_INPUT listing every broken rule (fields under `intake.`); FORBIDDEN;
 *   CONFLICT once the case has been submitted
 */
export async function saveCaseIntake(
  ctx: Context,
  caseId: string,
  input: CaseIntakeInput,
): Promise<Case> {
  const given = SECTIONS.filter((section) => input[section] !== undefined);
  return ctx.em.transactional(async (em) => {
    const found = await caseForPatientSide(em, ctx, caseId, [...given]);
    const intake = parseInput(caseIntakeSchema(todayIn()), input, 'intake');
    if (found.stage !== CaseStage.DRAFT) {
      throw new ConflictError(
        found.stage === CaseStage.CANCELLED || found.stage === CaseStage.CLOSED
          ? `This case is ${found.stage.toLowerCase()}; its history can no longer be changed.`
          : 'This case has been submitted; its history can no longer be changed. Add anything new as a message to the specialists.',
      );
    }
    const record = found as unknown as Record<string, unknown>;
    for (const section of given) {
      const value = intake[section] ?? null;
      record[section] = value === null && LIST_SECTIONS.has(section) ? [] : value;
    }
    found.draftSavedAt = new Date();
    await em.flush();
    return found;
  });
}

/**
 * What stops a case from being submitted: the history's gaps and the patient's identification
 * (Telemedicine Practice Guidelines 2020).
 * @param found - the case
 * @param patient - its patient
 * @returns the problems, empty when it can be submitted
 */
export function intakeProblemsOf(found: Case, patient: Patient): Problem[] {
  return [
    ...submissionProblems(found as unknown as CaseIntake),
    ...identificationProblems(
      {
        birthDate: patient.birthDate,
        phone: patient.phone,
        email: patient.email,
        address: patient.address,
        identifier: patient.identifier,
        guardian: patient.guardian,
      } as Parameters<typeof identificationProblems>[0],
      todayIn(),
    ),
  ];
}

/**
 * Submits a complete DRAFT case: DRAFT → SUBMITTED, recorded with who acted for whom and
 * published as CaseSubmitted (with the patient's questions, which the opinions must answer). Submitting a submitted case again returns it unchanged.
 * @param ctx - the request
 * @param caseId - the case (UUID)
 * @returns the submitted case
 * @throws BAD_USER_INPUT listing what is missing; FORBIDDEN; CONFLICT past SUBMITTED
 */
export async function submitCase(ctx: Context, caseId: string): Promise<Case> {
  return ctx.em.transactional(async (em) => {
    const found = await caseForPatientSide(em, ctx, caseId, ['stage', 'submittedAt']);
    if (found.stage === CaseStage.SUBMITTED) return found;
    if (found.stage !== CaseStage.DRAFT) {
      throw new ConflictError(`This case was already submitted (it is ${found.stage}).`);
    }
    const problems = intakeProblemsOf(found, found.patient.getEntity());
    if (problems.length) throw inputProblemsError(problems);
    found.submittedAt = new Date();
    await recordCaseEvent(em, ctx, found, 'CaseSubmitted', {
      submittedAt: found.submittedAt.toISOString(),
      // records checks each specialist's opinion answers every one of them (issue 7)
      questions: [...found.questions],
      // specialist-matching ranks specialists for "the platform chooses" on these (issue 8)
      matching: matchingProfileOf(found, found.patient.getEntity()),
    });
    await em.flush();
    return found;
  });
}
