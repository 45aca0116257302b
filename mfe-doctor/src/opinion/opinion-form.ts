import { CombinedGraphQLErrors } from '@apollo/client';
import { describeProblem, MESSAGES, type Problem, type RuleKey } from '@consilium/validation';
import { mutationProblem, type FormErrors } from '@consilium/web-kit';
import type { DoctorOpinion } from './opinion-queries';

/** One alternative as edited (a key keeps React's rows stable). */
export interface AlternativeRow {
  key: string;
  option: string;
  pros: string;
  cons: string;
}

/** One further test as edited. */
export interface TestRow {
  key: string;
  value: string;
}

/** The opinion form's values (text boxes hold '' for nothing). */
export interface OpinionValues {
  diagnosisAssessment: '' | 'CONFIRMED' | 'REVISED';
  revisedDiagnosis: string;
  revisedDiagnosisCode: string;
  recommendedTreatment: string;
  alternatives: AlternativeRow[];
  /** one per patient question, in their order */
  answers: string[];
  furtherTests: TestRow[];
  notes: string;
}

let rowCount = 0;
/** A new key for a list row. */
export const rowKey = (): string => `row-${(rowCount += 1)}`;

/**
 * The form's values for an opinion (or an empty one), with one answer box per question.
 * @param opinion - the stored draft, if any
 * @param questions - the patient's questions
 * @returns the values
 */
export function valuesOf(
  opinion: DoctorOpinion | null,
  questions: readonly string[],
): OpinionValues {
  return {
    diagnosisAssessment: opinion?.diagnosisAssessment ?? '',
    revisedDiagnosis: opinion?.revisedDiagnosis ?? '',
    revisedDiagnosisCode: opinion?.revisedDiagnosisCode ?? '',
    recommendedTreatment: opinion?.recommendedTreatment ?? '',
    alternatives: (opinion?.alternatives ?? []).map((item) => ({
      key: rowKey(),
      option: item.option ?? '',
      pros: item.pros ?? '',
      cons: item.cons ?? '',
    })),
    answers: questions.map(
      (_, index) => opinion?.answers.find((item) => item.questionIndex === index)?.answer ?? '',
    ),
    furtherTests: (opinion?.furtherTests ?? []).map((value) => ({ key: rowKey(), value })),
    notes: opinion?.notes ?? '',
  };
}

/**
 * The draft to save: every part, empty ones as null (the API keeps a partial draft).
 * @param values - the form's values
 * @returns the content of OpinionDraftInput
 */
export function draftInputOf(values: OpinionValues): Record<string, unknown> {
  const orNull = (value: string): string | null => (value.trim() ? value : null);
  return {
    diagnosisAssessment: values.diagnosisAssessment || null,
    revisedDiagnosis: orNull(values.revisedDiagnosis),
    revisedDiagnosisCode: orNull(values.revisedDiagnosisCode),
    recommendedTreatment: orNull(values.recommendedTreatment),
    alternatives: values.alternatives.map((item) => ({
      option: orNull(item.option),
      pros: orNull(item.pros),
      cons: orNull(item.cons),
    })),
    answers: values.answers.map((answer) => ({ answer: orNull(answer) })),
    furtherTests: values.furtherTests.map((item) => item.value),
    notes: orNull(values.notes),
  };
}

/**
 * The id of the element editing an API field of the opinion: `answers[2].answer` (or
 * `input.answers[2].answer`) → `opinion-answers-2-answer`.
 * @param prefix - `opinion` or `consensus`
 * @param field - the API's field name
 * @returns an element id
 */
export function fieldId(prefix: string, field: string): string {
  const path = field
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-');
  return `${prefix}-${path}`;
}

/** A translate function (the `t` of `useTranslation('doctor')`). */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

/**
 * What to show for a refused save, signature or vote, in the viewer's language: each broken rule
 * (from `extensions.problems`) at its field, plus a message about the whole form naming how many
 * parts need attention; why the opinion cannot change now; or that the connection failed.
 * @param error - what the mutation threw
 * @param prefix - the form's id prefix
 * @param exists - whether the form shows an element with this id
 * @param t - the doctor namespace's translate function
 * @param language - i18next's language
 * @returns the errors to show
 */
export function opinionErrors(
  error: unknown,
  prefix: string,
  exists: (id: string) => boolean,
  t: Translate,
  language: string,
): FormErrors {
  const problem = mutationProblem(error);
  const lang = language.startsWith('hi') ? 'hi' : 'en';
  if (problem.code === 'BAD_USER_INPUT') {
    const listed = CombinedGraphQLErrors.is(error)
      ? ((error.errors[0]?.extensions?.['problems'] as Problem[] | undefined) ?? [])
      : [];
    const fields: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const item of listed) {
      const id = fieldId(prefix, item.field);
      const message =
        item.rule in MESSAGES.en
          ? describeProblem({ ...item, rule: item.rule as RuleKey }, lang)
          : problem.message;
      if (exists(id)) fields[id] ??= message;
      else elsewhere.push(message);
    }
    if (listed.length === 0 && problem.field) {
      const id = fieldId(prefix, problem.field);
      if (exists(id)) fields[id] = problem.message;
      else elsewhere.push(problem.message);
    }
    return {
      fields,
      form: [t('opinion.error.fix', { count: listed.length || 1 }), ...elsewhere].join(' '),
    };
  }
  if (problem.code === 'CONFLICT') {
    if (/changed since/.test(problem.message))
      return { fields: {}, form: t('opinion.error.stale') };
    if (/not active yet/.test(problem.message))
      return { fields: {}, form: t('opinion.error.notActive') };
    if (/own opinion before/.test(problem.message)) {
      return { fields: {}, form: t('opinion.error.ownFirst') };
    }
    if (/signed and submitted/.test(problem.message)) {
      return { fields: {}, form: t('opinion.error.signed') };
    }
    if (/closed on/.test(problem.message)) return { fields: {}, form: t('opinion.error.closed') };
    if (/no answer to question|no recommended treatment/.test(problem.message)) {
      return { fields: {}, form: t('opinion.error.nothingToVoteOn') };
    }
    const missing = CombinedGraphQLErrors.is(error)
      ? error.errors[0]?.extensions?.['missingVotes']
      : undefined;
    if (typeof missing === 'number') {
      return { fields: {}, form: t('opinion.error.votesMissing', { count: missing }) };
    }
    return { fields: {}, form: t('opinion.error.conflict') };
  }
  if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('opinion.error.forbidden') };
  if (problem.code === 'NETWORK') return { fields: {}, form: t('opinion.error.network') };
  return { fields: {}, form: t('opinion.error.unexpected') };
}
