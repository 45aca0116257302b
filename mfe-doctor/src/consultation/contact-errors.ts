import { mutationProblem, type FormErrors } from '@consilium/web-kit';

/** A translate function (the `t` of `useTranslation('doctor')`). */
type Translate = (key: string) => string;

/** The ids of the "Log a contact" form's fields. */
export interface ContactFieldIds {
  when: string;
  note: string;
}

/**
 * What a refused contact means, in the specialist's language: a time in the future or before the
 * payment at the "When" field, a too-long note at the note; not being on the panel, an unpaid or
 * closed case as an alert about the whole form.
 * @param error - what logContact threw
 * @param ids - the fields' ids
 * @param t - the doctor app's translate function
 * @returns the errors to show
 */
export function contactErrors(error: unknown, ids: ContactFieldIds, t: Translate): FormErrors {
  const problem = mutationProblem(error);
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'occurredAt') {
    const key = /future/i.test(problem.message)
      ? 'consult.error.future'
      : /paid/i.test(problem.message)
        ? 'consult.error.beforePayment'
        : null;
    return { fields: { [ids.when]: key ? t(key) : problem.message }, form: null };
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'note') {
    return { fields: { [ids.note]: t('consult.error.noteLength') }, form: null };
  }
  if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('consult.error.forbidden') };
  if (problem.code === 'CONFLICT') {
    return {
      fields: {},
      form: t(/closed/i.test(problem.message) ? 'consult.error.closed' : 'consult.error.notPaid'),
    };
  }
  if (problem.code === 'NETWORK') return { fields: {}, form: t('consult.error.network') };
  return { fields: {}, form: problem.message || t('consult.error.unexpected') };
}
