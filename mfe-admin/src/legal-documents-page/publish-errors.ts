import { mutationProblem, type FormErrors } from '@consilium/web-kit';
import type { Translate } from '../translate';

/** The publish form's inputs by the name the API gives them in `extensions.field`. */
export type PublishFieldIds = Record<PublishField, string>;
type PublishField = 'version' | 'effectiveFrom' | 'titleEn' | 'bodyEn' | 'titleHi' | 'bodyHi';

/** What each field's BAD_USER_INPUT means (each field has one rule), as a string key. */
const BAD_INPUT_KEYS: Record<PublishField, string> = {
  version: 'legal.error.version',
  effectiveFrom: 'legal.error.effectiveFrom',
  titleEn: 'error.required',
  bodyEn: 'error.required',
  titleHi: 'error.required',
  bodyHi: 'error.required',
};

/**
 * What to tell staff about a refused publication, in their language: next to the field the API
 * names (a malformed or existing version, a date in the past, an empty text), else about the form.
 * @param error - what the mutation threw
 * @param t - the `admin` namespace's translate function
 * @param ids - the form's inputs by API field
 * @param version - the version that was sent
 * @returns the errors to show
 */
export function describePublishError(
  error: unknown,
  t: Translate,
  ids: PublishFieldIds,
  version: string,
): FormErrors {
  const problem = mutationProblem(error);
  const field =
    problem.field && Object.hasOwn(ids, problem.field) ? (problem.field as PublishField) : null;
  if (field && problem.code === 'CONFLICT') {
    return { fields: { [ids[field]]: t('legal.error.versionExists', { version }) }, form: null };
  }
  if (field && problem.code === 'BAD_USER_INPUT') {
    return { fields: { [ids[field]]: t(BAD_INPUT_KEYS[field]) }, form: null };
  }
  if (problem.code === 'NETWORK') return { fields: {}, form: t('error.network') };
  return { fields: {}, form: problem.message || t('error.unexpected') };
}
