import { mutationProblem, type FormErrors } from '@consilium/web-kit';
import type { Translate } from '../translate';

/** The id of the form control showing an error about an input field, e.g. `registration.year`. */
export function profileFieldId(field: string): string {
  if (field === 'languages') return 'spec-otherLanguages';
  if (field === 'hospitals') return 'spec-hospitals-0';
  return `spec-${field.replace(/\./g, '-')}`;
}

/** What the server refused, for the form: field errors by control id, and windows by index. */
export interface ProfileProblems {
  errors: FormErrors;
  windows: Record<number, string>;
}

/**
 * What a refused onboarding or profile change means for the form: a BAD_USER_INPUT names
 * `input.<field>`, shown at that field (a weekly window in its group); CONFLICT (a registration
 * already on another profile) at the registration number and above the form.
 * @param error - what the mutation threw
 * @param t - the admin app's translate function
 * @returns the errors to show
 */
export function profileProblems(error: unknown, t: Translate): ProfileProblems {
  const problem = mutationProblem(error);
  const window = /^weeklyAvailability\.(\d+)$/.exec(problem.field ?? '');
  if (problem.code === 'BAD_USER_INPUT' && window) {
    const index = Number(window[1]);
    return {
      errors: { fields: {}, form: t('spec.error.window', { number: index + 1 }) },
      windows: { [index]: problem.message },
    };
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.field) {
    return {
      errors: { fields: { [profileFieldId(problem.field)]: problem.message }, form: null },
      windows: {},
    };
  }
  if (problem.code === 'CONFLICT') {
    return {
      errors: {
        fields: { [profileFieldId('registration.number')]: problem.message },
        form: t('spec.error.duplicate'),
        formFields: [profileFieldId('registration.number')],
      },
      windows: {},
    };
  }
  if (problem.code === 'NETWORK')
    return { errors: { fields: {}, form: t('error.network') }, windows: {} };
  return { errors: { fields: {}, form: problem.message || t('error.unexpected') }, windows: {} };
}
