import { mutationProblem, type FormErrors, type MutationProblem } from '@consilium/web-kit';

/** A translate function (the `t` of `useTranslation('doctor')`). */
type Translate = (key: string) => string;

/**
 * The doctor's words for a refused time: in the past, outside their consulting hours, or not a
 * time at all; the server's own sentence otherwise.
 */
function timeMessage(problem: MutationProblem, t: Translate): string {
  if (problem.field?.endsWith('.localStart')) return t('appt.error.localStart');
  if (/passed/i.test(problem.message)) return t('appt.error.past');
  if (/outside/i.test(problem.message)) return t('appt.error.outsideHours');
  return problem.message;
}

/**
 * Whether a CONFLICT names this wall-clock time, e.g. "… already has an appointment at Mon 14
 * Dec 2026, 18:30 IST." for `2026-12-14T18:30` (the server writes it in the specialist's zone,
 * which is the one the form is in).
 */
function namesTime(message: string, local: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!match) return false;
  const [, year, , day, time] = match;
  return new RegExp(`\\b${Number(day)} \\S+ ${year}, ${time}\\b`).test(message);
}

/** Answers about the whole form shared by every appointment change. */
function formProblem(problem: MutationProblem, t: Translate): string {
  if (problem.code === 'FORBIDDEN') return t('appt.error.forbidden');
  if (problem.code === 'CONFLICT') {
    if (/closed/i.test(problem.message)) return t('appt.error.closed');
    if (/paid/i.test(problem.message)) return t('appt.error.notPaid');
    if (/booked appointment/i.test(problem.message)) return t('appt.error.notBooked');
    if (/already has an appointment/i.test(problem.message)) return t('appt.error.taken');
    return problem.message;
  }
  if (problem.code === 'NETWORK') return t('appt.error.network');
  return problem.message || t('appt.error.unexpected');
}

/** The ids of the "Propose times" form's fields. */
export interface ProposalFieldIds {
  duration: string;
  address: string;
  /** the id of time row `index` */
  slot: (index: number) => string;
}

/**
 * What a refused proposal means, at the field it is about: a time in the past, outside the
 * consulting hours or malformed at its own row (`input.slots.N.*`); a time already booked at the
 * row with that time; the length, the address at theirs; the rest as an alert.
 * @param error - what proposeAppointment threw
 * @param ids - the fields' ids
 * @param slots - the times sent, `YYYY-MM-DDTHH:mm`, in the order sent
 * @param t - the doctor app's translate function
 * @returns the errors to show
 */
export function proposalErrors(
  error: unknown,
  ids: ProposalFieldIds,
  slots: readonly string[],
  t: Translate,
): FormErrors {
  const problem = mutationProblem(error);
  const row = /^slots\.(\d+)\./.exec(problem.field ?? '');
  if (problem.code === 'BAD_USER_INPUT' && row) {
    return { fields: { [ids.slot(Number(row[1]))]: timeMessage(problem, t) }, form: null };
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'durationMinutes') {
    return { fields: { [ids.duration]: t('appt.error.duration') }, form: null };
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'address') {
    return { fields: { [ids.address]: t('appt.error.address') }, form: null };
  }
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'slots') {
    return { fields: {}, form: t('appt.error.count') };
  }
  if (problem.code === 'CONFLICT' && /already has an appointment/i.test(problem.message)) {
    const index = slots.findIndex((local) => namesTime(problem.message, local));
    if (index >= 0) return { fields: { [ids.slot(index)]: t('appt.error.taken') }, form: null };
  }
  return { fields: {}, form: formProblem(problem, t) };
}

/**
 * What a refused move or cancellation means: the reason, or the new time, at its field; the
 * rest as an alert.
 * @param error - what rescheduleAppointment or cancelAppointment threw
 * @param ids - the reason's id and, when moving, the new time's
 * @param t - the doctor app's translate function
 * @returns the errors to show
 */
export function changeErrors(
  error: unknown,
  ids: { reason: string; time?: string },
  t: Translate,
): FormErrors {
  const problem = mutationProblem(error);
  if (problem.code === 'BAD_USER_INPUT' && problem.field === 'reason') {
    const key = /under/i.test(problem.message) ? 'appt.error.reasonLength' : 'appt.error.reason';
    return { fields: { [ids.reason]: t(key) }, form: null };
  }
  if (ids.time && problem.code === 'BAD_USER_INPUT' && problem.field?.startsWith('slot.')) {
    return { fields: { [ids.time]: timeMessage(problem, t) }, form: null };
  }
  if (
    ids.time &&
    problem.code === 'CONFLICT' &&
    /already has an appointment/i.test(problem.message)
  ) {
    return { fields: { [ids.time]: t('appt.error.taken') }, form: null };
  }
  return { fields: {}, form: formProblem(problem, t) };
}
