import { z } from 'zod';
import { pastDate } from './dates';
import { INDIAN_STATE_CODES } from './india';
import type { Problem } from './problems';
import { personName, text } from './text';

/** The limits of a case history (configurable product rules; characters are code points). */
export const INTAKE_LIMITS = {
  /** a symptom's description, the presenting complaint, treatment advised, other history */
  longText: 4000,
  /** a question for the specialists (issue 6) */
  question: 1000,
  /** questions per case (issue 6) */
  questions: 10,
  /** items per list (symptoms, conditions, medications, allergies, procedures, investigations) */
  listItems: 30,
  /** medications can be many in chronic illness */
  medications: 50,
} as const;

/** Why the patient wants a second opinion (DESIGN.md §2, the six reasons). */
export const SECOND_OPINION_REASONS = [
  'ALTERNATIVES_PROS_CONS',
  'INADEQUATE_RESPONSE',
  'REASSURANCE',
  'RIGHT_DOCTOR_OR_HOSPITAL',
  'PAYER_OR_EMPLOYER_REQUIREMENT',
  'SPECIALIST_REFERRAL',
] as const;

/** FHIR R4 AllergyIntolerance.reaction.severity (http://hl7.org/fhir/R4/valueset-reaction-event-severity.html). */
export const ALLERGY_SEVERITIES = ['MILD', 'MODERATE', 'SEVERE'] as const;

/** FHIR R4 Condition.clinicalStatus (http://hl7.org/fhir/R4/valueset-condition-clinical.html). */
export const CONDITION_CLINICAL_STATUSES = [
  'ACTIVE',
  'RECURRENCE',
  'RELAPSE',
  'INACTIVE',
  'REMISSION',
  'RESOLVED',
] as const;

/**
 * An ICD-10 code (WHO): a letter, two digits, optionally a dot and 1–4 more characters. Also
 * checks a specialist's revised diagnosis (records, issue 7).
 */
export const ICD10_CODE = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
/** A SNOMED CT concept id: 6 to 18 digits. */
const SNOMED_CODE = /^[0-9]{6,18}$/;

/** Code systems a condition may be coded in (FHIR R4 Coding.system, by short name). */
export const CONDITION_CODE_SYSTEMS = ['ICD-10', 'SNOMED-CT'] as const;

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();
const list = <T extends z.ZodType>(item: T, max: number = INTAKE_LIMITS.listItems) =>
  z.array(item).max(max);

/**
 * The schema of a case history update: every section optional (a draft is saved step by step);
 * a section that is given replaces the stored one whole. Field names follow FHIR R4 (Condition,
 * MedicationStatement, AllergyIntolerance, Procedure, Observation).
 * @param today - YYYY-MM-DD; no date may be after it
 * @returns the zod schema
 */
export function caseIntakeSchema(today: string): CaseIntakeSchema {
  return buildCaseIntakeSchema(today);
}

function buildCaseIntakeSchema(today: string) {
  const date = optional(pastDate(today, 'date.future'));
  return z.object({
    presentingComplaint: optional(text(INTAKE_LIMITS.longText)),
    symptoms: optional(
      list(
        z.object({
          description: text(INTAKE_LIMITS.longText),
          onsetDate: date,
          severity: optional(
            z.number().superRefine((value, ctx) => {
              if (!Number.isInteger(value) || value < 1 || value > 10) {
                ctx.addIssue({
                  code: 'custom',
                  params: { rule: 'severity.range', values: { entered: value } },
                });
              }
            }),
          ),
        }),
      ),
    ),
    conditions: optional(
      list(
        z.object({
          text: text(500),
          code: optional(
            z
              .object({ system: z.enum(CONDITION_CODE_SYSTEMS), code: text(20) })
              .superRefine((coding, ctx) => {
                const pattern = coding.system === 'ICD-10' ? ICD10_CODE : SNOMED_CODE;
                if (!pattern.test(coding.code)) {
                  ctx.addIssue({
                    code: 'custom',
                    path: ['code'],
                    params: { rule: `code.${coding.system}` },
                  });
                }
              }),
          ),
          onsetDate: date,
          clinicalStatus: optional(z.enum(CONDITION_CLINICAL_STATUSES)),
        }),
      ),
    ),
    medications: optional(
      list(
        z.object({
          medication: text(300),
          dose: optional(text(200)),
          frequency: optional(text(200)),
          route: optional(text(100)),
          effectiveStart: date,
        }),
        INTAKE_LIMITS.medications,
      ),
    ),
    allergies: optional(
      list(
        z.object({
          substance: text(200),
          reaction: optional(text(500)),
          severity: optional(z.enum(ALLERGY_SEVERITIES)),
        }),
      ),
    ),
    noKnownAllergies: optional(z.boolean()),
    procedures: optional(
      list(z.object({ name: text(300), performedDate: date, location: optional(text(300)) })),
    ),
    investigations: optional(
      list(z.object({ name: text(300), date, result: optional(text(2000)) })),
    ),
    otherHistory: optional(text(INTAKE_LIMITS.longText)),
    treatingPractitioner: optional(
      z.object({
        fullName: personName,
        specialty: optional(text(200)),
        hospital: optional(text(300)),
        city: optional(text(100)),
      }),
    ),
    treatmentAdvised: optional(text(INTAKE_LIMITS.longText)),
    reasonForSecondOpinion: optional(z.enum(SECOND_OPINION_REASONS)),
    reasonDetail: optional(text(2000)),
    questions: optional(list(text(INTAKE_LIMITS.question), INTAKE_LIMITS.questions)),
    patientLocation: optional(z.object({ city: text(100), state: z.enum(INDIAN_STATE_CODES) })),
  });
}
/** The zod schema of a case history update. */
export type CaseIntakeSchema = ReturnType<typeof buildCaseIntakeSchema>;
export type CaseIntake = z.output<CaseIntakeSchema>;
export type CaseIntakeInput = z.input<CaseIntakeSchema>;

/**
 * What a case history still lacks before it can be submitted: the presenting complaint, at least
 * one symptom or condition, allergies listed or "no known allergies" said explicitly (not both),
 * the reason, 1–10 questions, and where the patient is (city and state).
 * @param intake - the stored history
 * @returns the problems, empty when complete
 */
export function submissionProblems(intake: CaseIntake): Problem[] {
  const problems: Problem[] = [];
  if (!intake.presentingComplaint) {
    problems.push({ field: 'presentingComplaint', rule: 'required' });
  }
  if (!intake.symptoms?.length && !intake.conditions?.length) {
    problems.push({ field: 'symptoms', rule: 'intake.symptomsOrConditions' });
  }
  const allergies = intake.allergies?.length ?? 0;
  if (allergies === 0 && !intake.noKnownAllergies) {
    problems.push({ field: 'allergies', rule: 'allergies.choose' });
  }
  if (allergies > 0 && intake.noKnownAllergies) {
    problems.push({ field: 'noKnownAllergies', rule: 'allergies.both' });
  }
  if (!intake.reasonForSecondOpinion) {
    problems.push({ field: 'reasonForSecondOpinion', rule: 'required' });
  }
  if (!intake.questions?.length) {
    problems.push({
      field: 'questions',
      rule: 'questions.count',
      values: { max: INTAKE_LIMITS.questions },
    });
  }
  if (!intake.patientLocation) problems.push({ field: 'patientLocation', rule: 'required' });
  return problems;
}
