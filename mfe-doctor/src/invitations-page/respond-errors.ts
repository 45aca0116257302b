import { mutationProblem, type FormErrors } from '@consilium/web-kit';

/** A translate function (the `t` of `useTranslation('doctor')`). */
type Translate = (key: string, options?: Record<string, string | number>) => string;

/**
 * What a refused answer to a panel request means for the specialist, in their language: a
 * missing reason at the reason field; being at capacity, an expired or already answered request,
 * a closed case as an alert about the whole form.
 * @param error - what respondToPanelRequest threw
 * @param reasonFieldId - the id of the reason text box
 * @param t - the doctor app's translate function
 * @returns the errors to show
 */
export function respondErrors(error: unknown, reasonFieldId: string, t: Translate): FormErrors {
  const problem = mutationProblem(error);
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'reason') {
    return { fields: { [reasonFieldId]: t('inv.error.reason') }, form: null };
  }
  if (problem.code === 'CONFLICT') {
    const capacity = /You already have (\d+) active cases, your maximum of (\d+)/.exec(
      problem.message,
    );
    if (capacity) {
      return {
        fields: {},
        form: t('inv.error.capacity', { count: capacity[1]!, max: capacity[2]! }),
      };
    }
    if (/expired/i.test(problem.message)) return { fields: {}, form: t('inv.error.expired') };
    return { fields: {}, form: t('inv.error.conflict', { message: problem.message }) };
  }
  if (problem.code === 'NETWORK') return { fields: {}, form: t('inv.error.network') };
  return { fields: {}, form: problem.message || t('inv.error.unexpected') };
}
