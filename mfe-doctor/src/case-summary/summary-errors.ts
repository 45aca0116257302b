import { CombinedGraphQLErrors } from '@apollo/client';
import { describeProblem, MESSAGES, type Problem, type RuleKey } from '@consilium/validation';
import { mutationProblem, type FormErrors } from '@consilium/web-kit';

/** The summary form's inputs by the API field they edit (lists by their name, any item). */
export const SUMMARY_FIELD_IDS = {
  history: 'summary-history',
  keyFindings: 'summary-findings',
  questions: 'summary-questions',
  relevantDocumentIds: 'summary-documents',
} as const;

/** A translate function (the `t` of `useTranslation('doctor')`). */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

/**
 * The input that edits an API field: `input.keyFindings[1]` → the key findings box.
 * @param field - the API's field name, with or without `input.`
 * @returns the element id, or null for a field the form does not show
 */
export function summaryFieldId(field: string): string | null {
  const name = field.replace(/^input\./, '').replace(/\[\d+\]$/, '');
  return Object.hasOwn(SUMMARY_FIELD_IDS, name)
    ? SUMMARY_FIELD_IDS[name as keyof typeof SUMMARY_FIELD_IDS]
    : null;
}

/**
 * Field errors from broken rules (the shared rules of @consilium/validation), in the viewer's
 * language; the first problem of each field is shown.
 * @param problems - the problems, fields named as the API names them
 * @param language - `en` or `hi`
 * @returns the errors
 */
export function errorsFromProblems(
  problems: readonly Problem[],
  language: 'en' | 'hi',
): FormErrors {
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    const id = summaryFieldId(problem.field);
    if (id && !fields[id]) fields[id] = describeProblem(problem, language);
  }
  return { fields, form: null };
}

/**
 * What to tell the GP about a refused save or submission, in their language: each broken rule
 * next to its input (from `extensions.problems`), a report that is not the case's, a character
 * that cannot be printed, or why the summary cannot change.
 * @param error - what the mutation threw
 * @param t - the doctor namespace's translate function
 * @param language - `en` or `hi`
 * @returns the errors to show
 */
export function describeSummaryError(
  error: unknown,
  t: Translate,
  language: 'en' | 'hi',
): FormErrors {
  const problem = mutationProblem(error);
  if (problem.code === 'BAD_USER_INPUT') {
    const listed = CombinedGraphQLErrors.is(error)
      ? (error.errors[0]?.extensions?.['problems'] as Problem[] | undefined)
      : undefined;
    const known = (listed ?? []).filter((item) => item.rule in MESSAGES.en) as (Problem & {
      rule: RuleKey;
    })[];
    if (known.length > 0) return errorsFromProblems(known, language);
    const id = problem.field ? summaryFieldId(problem.field) : null;
    if (id) {
      const message =
        id === SUMMARY_FIELD_IDS.relevantDocumentIds
          ? t('gp.error.document')
          : /printed/.test(problem.message)
            ? t('gp.error.unprintable')
            : problem.message;
      return { fields: { [id]: message }, form: null };
    }
  }
  if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('gp.error.notYours') };
  if (problem.code === 'CONFLICT') {
    return {
      fields: {},
      form: /consent/.test(problem.message) ? t('gp.error.noConsent') : t('gp.error.conflict'),
    };
  }
  if (problem.code === 'NETWORK') return { fields: {}, form: t('gp.error.network') };
  return { fields: {}, form: t('gp.error.unexpected') };
}
