import { mutationProblem, type FormErrors } from '@consilium/web-kit';
import type { Translate } from '../translate';

/** The row form's inputs by the name the API gives them in `extensions.field`. */
export const REQUIREMENT_FIELD_IDS = {
  conditionCodes: 'requirement-codes',
  conditionKeywords: 'requirement-keywords',
  documentKind: 'requirement-kind',
  titleEn: 'requirement-title-en',
  titleHi: 'requirement-title-hi',
} as const;
type RequirementField = keyof typeof REQUIREMENT_FIELD_IDS;

/** What was sent, to say which of a field's rules was broken. */
export interface SentRow {
  conditionCodes: string[];
  conditionKeywords: string[];
  reasons: string[];
}

/**
 * The shape the API accepts for a code (ICD-10: a letter, two digits, optionally a dot and up
 * to 4 more). The API decides; this only finds the code to name in the viewer's language.
 */
const ICD10_PREFIX = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;

/**
 * The message for a refused field, in the viewer's language.
 * @param field - the API field
 * @param sent - what was sent
 * @param t - the `admin` namespace's translate function
 * @param fallback - the API's own sentence, used when the rule cannot be told
 * @returns the message
 */
function fieldMessage(
  field: RequirementField,
  sent: SentRow,
  t: Translate,
  fallback: string,
): string {
  switch (field) {
    case 'conditionCodes': {
      if (!sent.conditionCodes.length && !sent.conditionKeywords.length && !sent.reasons.length) {
        return t('req.error.nothingToMatch');
      }
      const bad = sent.conditionCodes.find((code) => !ICD10_PREFIX.test(code.toUpperCase()));
      return bad === undefined ? fallback : t('req.error.badCode', { code: bad });
    }
    case 'conditionKeywords':
      return t('req.error.keywords');
    case 'titleEn':
    case 'titleHi':
      return t('req.error.title');
    default:
      return fallback;
  }
}

/**
 * What to tell staff about a refused row, in their language: next to the field the API names
 * (`input.conditionCodes` …), else about the whole form.
 * @param error - what the mutation threw
 * @param t - the `admin` namespace's translate function
 * @param sent - what was sent
 * @returns the errors to show
 */
export function describeSaveError(error: unknown, t: Translate, sent: SentRow): FormErrors {
  const problem = mutationProblem(error);
  const field =
    problem.field && Object.hasOwn(REQUIREMENT_FIELD_IDS, problem.field)
      ? (problem.field as RequirementField)
      : null;
  if (field && problem.code === 'BAD_USER_INPUT') {
    return {
      fields: { [REQUIREMENT_FIELD_IDS[field]]: fieldMessage(field, sent, t, problem.message) },
      form: null,
    };
  }
  if (problem.code === 'NOT_FOUND') return { fields: {}, form: t('req.error.notFound') };
  if (problem.code === 'NETWORK') return { fields: {}, form: t('error.network') };
  return { fields: {}, form: problem.message || t('error.unexpected') };
}
