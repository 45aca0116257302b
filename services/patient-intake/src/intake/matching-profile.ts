import { ageOn, todayIn } from '@consilium/validation';
import type { Case } from '../case/case.entity';
import type { Patient } from '../patient/patient.entity';

/** What specialist-matching ranks specialists on, as published with `CaseSubmitted`. */
export interface MatchingProfile {
  /** ICD-10 codes of the conditions, e.g. I25.1 */
  conditionCodes: string[];
  /** the words of conditions, symptoms, presenting complaint, treatment advised and reason */
  terms: string[];
  /** the patient's preferred language, BCP 47, e.g. te */
  languages: string[];
  /** whole years today */
  ageYears: number | null;
}

/**
 * The part of a submitted case the platform-choice engine needs (issue 8: specialty fit from the
 * case's conditions, symptoms and reason; language match), and nothing else of the history.
 * @param found - the case being submitted
 * @param patient - its patient
 * @returns the profile for the CaseSubmitted event
 */
export function matchingProfileOf(found: Case, patient: Patient): MatchingProfile {
  const terms = [
    found.presentingComplaint,
    ...found.conditions.map((condition) => condition.text),
    ...found.symptoms.map((symptom) => symptom.description),
    found.treatmentAdvised,
    found.reasonDetail,
  ].filter((term): term is string => Boolean(term && term.trim()));
  return {
    conditionCodes: found.conditions
      .map((condition) => condition.code?.code)
      .filter((code): code is string => Boolean(code)),
    terms,
    languages: patient.preferredLanguage ? [patient.preferredLanguage] : [],
    ageYears: patient.birthDate ? ageOn(patient.birthDate, todayIn()) : null,
  };
}
