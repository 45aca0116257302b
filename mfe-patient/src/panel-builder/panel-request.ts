import type { FormErrors } from '@consilium/web-kit';
import { fieldDomId, type ServerFailure, type Translate } from '../form-parts/field-problems';
import type { PanelMode, PanelRequestInput } from '../gql/graphql';
import type { DirectoryDoctor } from '../specialist-directory/specialist-directory.component';

/** The panel the patient's side is putting together. */
export interface PanelDraft {
  mode: PanelMode;
  /** the doctors chosen, in the order added (none when the platform chooses) */
  doctors: DirectoryDoctor[];
  /** when the platform chooses: how many doctors (SINGLE, MULTIPLE or BOARD) */
  preferredSize: Exclude<PanelMode, 'PLATFORM_CHOOSES'>;
  /** when the platform chooses: specialties to include */
  specialties: string[];
  /** languages to consult in, preferred first */
  languages: string[];
}

/** An empty draft: one doctor of the patient's choosing. */
export const NEW_PANEL: PanelDraft = {
  mode: 'SINGLE',
  doctors: [],
  preferredSize: 'SINGLE',
  specialties: [],
  languages: [],
};

/** How many doctors each mode takes when the patient chooses them (issue 8). */
export const MODE_SIZES: Record<Exclude<PanelMode, 'PLATFORM_CHOOSES'>, [number, number]> = {
  SINGLE: [1, 1],
  MULTIPLE: [2, 5],
  BOARD: [3, 7],
};

/**
 * How many doctors the draft asks for, as the fee counts them: the doctors chosen; when the
 * platform chooses, the size asked for, stretched to one doctor per specialty listed (as the
 * server seats it).
 * @param draft - the draft
 * @returns the number of doctors (0 while none is chosen)
 */
export function seatsOf(draft: PanelDraft): number {
  if (draft.mode !== 'PLATFORM_CHOOSES') return draft.doctors.length;
  const wanted = draft.specialties.length;
  if (draft.preferredSize === 'BOARD') return Math.max(3, Math.min(wanted, 7));
  if (draft.preferredSize === 'MULTIPLE') return Math.max(2, Math.min(wanted, 5));
  return 1;
}

/** A price list's entry (billing's PriceListEntry), the parts the fee needs. */
export interface PriceEntry {
  label: string;
  minSpecialists: number;
  maxSpecialists?: number | null;
  amount: number;
}

/**
 * The price list's entry for a panel of so many doctors.
 * @param entries - the price list's entries
 * @param seats - the number of doctors
 * @returns the entry, or null when none applies (e.g. no doctor yet)
 */
export function priceFor<T extends PriceEntry>(entries: readonly T[], seats: number): T | null {
  if (seats < 1) return null;
  return (
    entries.find(
      (entry) =>
        entry.minSpecialists <= seats &&
        (entry.maxSpecialists == null || seats <= entry.maxSpecialists),
    ) ?? null
  );
}

/**
 * The request as the API takes it.
 * @param draft - the draft
 * @returns `requestPanel`'s `requestedPanel`
 */
export function toPanelRequestInput(draft: PanelDraft): PanelRequestInput {
  if (draft.mode === 'PLATFORM_CHOOSES') {
    return {
      mode: draft.mode,
      specialistIds: [],
      preferredSize: draft.preferredSize,
      specialties: draft.specialties,
      preferredLanguages: draft.languages,
    };
  }
  return {
    mode: draft.mode,
    specialistIds: draft.doctors.map((doctor) => doctor.id),
    preferredLanguages: draft.languages,
  };
}

/** The specialties chosen more than once in a draft (a board is best with different ones). */
export function repeatedSpecialties(draft: PanelDraft): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const doctor of draft.doctors) {
    if (seen.has(doctor.specialty)) repeated.add(doctor.specialty);
    seen.add(doctor.specialty);
  }
  return [...repeated];
}

/**
 * The sentence for a refused `requestedPanel.specialistIds`, in the UI language when the rule is
 * known here (the number of doctors for the mode, a doctor listed twice), else the server's own.
 */
function specialistIdsMessage(failure: ServerFailure, draft: PanelDraft, t: Translate): string {
  if (draft.mode === 'PLATFORM_CHOOSES') return t('panel.error.platformNoDoctors');
  const [min, max] = MODE_SIZES[draft.mode];
  const count = draft.doctors.length;
  if (draft.mode === 'BOARD' && count < min) return t('panel.error.boardTooSmall', { count });
  if (count < min || count > max) {
    return t(`panel.error.size.${draft.mode}`, { count, min, max });
  }
  if (new Set(draft.doctors.map((doctor) => doctor.id)).size < count) {
    return t('panel.error.twice');
  }
  return t('panel.error.doctorUnavailable', { reason: failure.message });
}

/**
 * Where a refused panel request's problem goes: the field it names (`requestedPanel.<field>`),
 * said in the UI language; a conflict (no consent, already chosen, closed) or a refusal about the
 * whole form.
 * @param failure - what the server said
 * @param draft - the draft that was sent
 * @param t - the patient namespace's translate function
 * @returns the form's errors, by element id
 */
export function panelRequestErrors(
  failure: ServerFailure,
  draft: PanelDraft,
  t: Translate,
): FormErrors {
  if (failure.code === 'BAD_USER_INPUT' && failure.field?.startsWith('requestedPanel.')) {
    const field = failure.field.replace(/\.\d+$/, '');
    const message =
      field === 'requestedPanel.specialistIds'
        ? specialistIdsMessage(failure, draft, t)
        : t(`panel.error.${field.slice('requestedPanel.'.length)}`, {
            defaultValue: failure.message,
          });
    return { fields: { [fieldDomId(field)]: message }, form: null };
  }
  if (failure.code === 'CONFLICT') {
    return { fields: {}, form: t('panel.error.conflict', { reason: failure.message }) };
  }
  if (failure.code === 'FORBIDDEN') return { fields: {}, form: t('error.FORBIDDEN') };
  if (failure.code !== 'NETWORK') console.error('Consilium: requesting a panel failed', failure);
  return { fields: {}, form: t('panel.error.retry') };
}
