import { ClientError } from '@consilium/subgraph-kit';
import {
  describeProblem,
  ICD10_CODE,
  INTAKE_LIMITS,
  personName,
  problemsFromZod,
  text,
  type Problem,
} from '@consilium/validation';
import type { OpinionAnswer, TreatmentAlternative } from './opinion.entity';
import { DiagnosisAssessment } from './opinion.enums';
import type { OpinionDraftInput } from './opinion.inputs';

/** The limits of an opinion's parts (characters are code points). */
export const OPINION_LIMITS = {
  /** recommended treatment, an answer, pros, cons, notes (as a case history's long texts) */
  longText: INTAKE_LIMITS.longText,
  /** a revised diagnosis, an alternative's name, a further test */
  shortText: 500,
  alternatives: 10,
  furtherTests: 20,
  /** a board member's reason for agreeing only partly or disagreeing */
  reason: 1000,
} as const;

/** The parts of an opinion that are written (the same for a specialist's and a consensus). */
export interface OpinionContent {
  diagnosisAssessment: DiagnosisAssessment | null;
  revisedDiagnosis: string | null;
  revisedDiagnosisCode: string | null;
  recommendedTreatment: string | null;
  alternatives: TreatmentAlternative[];
  answers: OpinionAnswer[];
  furtherTests: string[];
  notes: string | null;
}

/**
 * Checks one typed text: blank is null (a draft may leave anything empty), anything else must be
 * at most `max` characters without control characters (the validation package's `text` rule).
 * @param value - as received
 * @param max - most characters
 * @param field - the API field, for a problem
 * @param problems - collects what is wrong
 * @returns the normalised text, or null
 */
export function optionalText(
  value: string | null | undefined,
  max: number,
  field: string,
  problems: Problem[],
): string | null {
  if (value === null || value === undefined || value.normalize('NFC').trim() === '') return null;
  const parsed = text(max).safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  problems.push(...problemsFromZod(parsed.error, field));
  return null;
}

/**
 * An ICD-10 code as typed: trimmed and upper-cased, checked with the rule intake uses for the
 * patient's conditions (`ICD10_CODE` of @consilium/validation).
 * @returns the code, or null when blank or wrong (then a `code.ICD-10` problem is added)
 */
function icd10Code(
  value: string | null | undefined,
  field: string,
  problems: Problem[],
): string | null {
  const code = value?.normalize('NFC').trim().toUpperCase() ?? '';
  if (!code) return null;
  if (ICD10_CODE.test(code)) return code;
  problems.push({ field, rule: 'code.ICD-10' });
  return null;
}

/**
 * The content of a draft after a save: each part given replaces the stored one (null clears it),
 * parts left out stay; answers are kept one per question, with the question's text.
 * @param current - the stored content
 * @param input - the save
 * @param questions - the patient's questions (from CaseSubmitted)
 * @returns the new content and every broken rule (fields under `input.`)
 */
export function draftContent(
  current: OpinionContent,
  input: OpinionDraftInput,
  questions: readonly string[],
): { content: OpinionContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const content: OpinionContent = { ...current };
  if (input.diagnosisAssessment !== undefined) {
    content.diagnosisAssessment = input.diagnosisAssessment ?? null;
  }
  if (input.revisedDiagnosis !== undefined) {
    content.revisedDiagnosis = optionalText(
      input.revisedDiagnosis,
      OPINION_LIMITS.shortText,
      'input.revisedDiagnosis',
      problems,
    );
  }
  if (input.revisedDiagnosisCode !== undefined) {
    content.revisedDiagnosisCode = icd10Code(
      input.revisedDiagnosisCode,
      'input.revisedDiagnosisCode',
      problems,
    );
  }
  if (input.recommendedTreatment !== undefined) {
    content.recommendedTreatment = optionalText(
      input.recommendedTreatment,
      OPINION_LIMITS.longText,
      'input.recommendedTreatment',
      problems,
    );
  }
  if (input.alternatives !== undefined) {
    const given = input.alternatives ?? [];
    if (given.length > OPINION_LIMITS.alternatives) {
      problems.push({
        field: 'input.alternatives',
        rule: 'list.tooMany',
        values: { max: OPINION_LIMITS.alternatives },
      });
    }
    content.alternatives = given
      .slice(0, OPINION_LIMITS.alternatives)
      .map((item, index) => {
        const at = `input.alternatives[${index}]`;
        return {
          option: optionalText(item.option, OPINION_LIMITS.shortText, `${at}.option`, problems),
          pros: optionalText(item.pros, OPINION_LIMITS.longText, `${at}.pros`, problems),
          cons: optionalText(item.cons, OPINION_LIMITS.longText, `${at}.cons`, problems),
        };
      })
      // a row left wholly empty is no alternative
      .filter((item) => item.option !== null || item.pros !== null || item.cons !== null);
  }
  const givenAnswers = input.answers === undefined ? undefined : (input.answers ?? []);
  if (givenAnswers && givenAnswers.length > questions.length) {
    problems.push({
      field: 'input.answers',
      rule: 'list.tooMany',
      values: { max: questions.length },
    });
  }
  content.answers = questions.map((question, questionIndex) => ({
    questionIndex,
    question,
    answer: givenAnswers
      ? optionalText(
          givenAnswers[questionIndex]?.answer,
          OPINION_LIMITS.longText,
          `input.answers[${questionIndex}].answer`,
          problems,
        )
      : (current.answers[questionIndex]?.answer ?? null),
  }));
  if (input.furtherTests !== undefined) {
    const given = input.furtherTests ?? [];
    if (given.length > OPINION_LIMITS.furtherTests) {
      problems.push({
        field: 'input.furtherTests',
        rule: 'list.tooMany',
        values: { max: OPINION_LIMITS.furtherTests },
      });
    }
    content.furtherTests = given
      .slice(0, OPINION_LIMITS.furtherTests)
      .map((test, index) =>
        optionalText(test, OPINION_LIMITS.shortText, `input.furtherTests[${index}]`, problems),
      )
      .filter((test): test is string => test !== null);
  }
  if (input.notes !== undefined) {
    content.notes = optionalText(input.notes, OPINION_LIMITS.longText, 'input.notes', problems);
  }
  return { content, problems };
}

/**
 * What an opinion still lacks before it can be signed: the diagnosis assessment (and the revised
 * diagnosis when REVISED), the recommended treatment, at least one alternative with its option,
 * pros and cons, and an answer to every question. Further tests may be none; notes are optional.
 * @param content - the draft
 * @returns one `required` (or `list.tooFew`) problem per missing part, named as the opinion's
 *   fields, e.g. `answers[2].answer`
 */
export function missingParts(content: OpinionContent): Problem[] {
  const missing: Problem[] = [];
  if (!content.diagnosisAssessment) {
    missing.push({ field: 'diagnosisAssessment', rule: 'required' });
  }
  if (content.diagnosisAssessment === DiagnosisAssessment.REVISED && !content.revisedDiagnosis) {
    missing.push({ field: 'revisedDiagnosis', rule: 'required' });
  }
  if (!content.recommendedTreatment)
    missing.push({ field: 'recommendedTreatment', rule: 'required' });
  if (content.alternatives.length === 0) {
    missing.push({ field: 'alternatives', rule: 'list.tooFew', values: { min: 1 } });
  }
  content.alternatives.forEach((alternative, index) => {
    for (const part of ['option', 'pros', 'cons'] as const) {
      if (!alternative[part])
        missing.push({ field: `alternatives[${index}].${part}`, rule: 'required' });
    }
  });
  for (const answer of content.answers) {
    if (!answer.answer) {
      missing.push({ field: `answers[${answer.questionIndex}].answer`, rule: 'required' });
    }
  }
  return missing;
}

/** Ignored in a signer's name: honorifics people add or leave out (Dr, Prof., डॉ. …). */
const HONORIFIC = /^(dr|prof|professor|mr|mrs|ms|shri|smt|डॉ|डॉक्टर|श्री|श्रीमती)\.?\s+/iu;

/**
 * A name compared the way people read it: NFC, case folded (upper then lower case, so `ß` and
 * `SS` compare equal), honorific, spaces and dots ignored.
 */
function comparableName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(HONORIFIC, '')
    .toLocaleUpperCase('en-IN')
    .toLocaleLowerCase('en-IN')
    .replace(/[\s.\-'’]+/gu, '');
}

/**
 * Checks a signer's typed full name against their account's name (honorifics such as “Dr”,
 * case, spaces and punctuation aside): the attestation of an electronic signature (Information
 * Technology Act 2000 §3A), as the patient's side attests the e-consent.
 * @param typed - as typed
 * @param accountName - the signer's account name, from their access token
 * @returns the problem (`input.typedFullName`), or null when it matches
 */
export function signerNameProblem(typed: string, accountName: string): Problem | null {
  const parsed = personName.safeParse(typed);
  if (!parsed.success) return { ...problemsFromZod(parsed.error, 'input.typedFullName')[0]! };
  return comparableName(parsed.data) === comparableName(accountName)
    ? null
    : { field: 'input.typedFullName', rule: 'signer.name', values: { name: accountName } };
}

/**
 * The error for broken rules: BAD_USER_INPUT whose message names every field, with
 * `extensions.field` (the first) and `extensions.problems` (each with its rule, values and
 * sentence), as patient-intake answers, so the apps show each next to its field.
 * @param problems - at least one
 * @param intro - the sentence before the list, e.g. “Complete the opinion before signing”
 * @returns the error to throw
 */
export function opinionProblemsError(problems: Problem[], intro: string): ClientError {
  const fields = problems.map((problem) => problem.field).join(', ');
  return new ClientError('BAD_USER_INPUT', `${intro}: ${fields}.`, {
    field: problems[0]!.field,
    problems: problems.map((problem) => ({ ...problem, message: describeProblem(problem) })),
  });
}
