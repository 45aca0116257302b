import {
  ADMINISTRATIVE_GENDERS,
  IDENTITY_DOCUMENT_TYPES,
  INDIAN_STATES,
  PATIENT_LANGUAGES,
  type IndianState,
} from '@consilium/validation';
import type { Translate } from '../form-parts/field-problems';

/** One option of a select box. */
export interface Option {
  value: string;
  label: string;
}

/**
 * The states and union territories, named in the UI language and sorted by that name.
 * @param language - i18next's current language
 * @param choose - the first, empty option's text
 * @returns the options
 */
export function stateOptions(language: string, choose: string): Option[] {
  const key = language.startsWith('hi') ? 'hi' : 'en';
  const states = (Object.keys(INDIAN_STATES) as IndianState[])
    .map((code) => ({ value: code, label: INDIAN_STATES[code][key] }))
    .sort((a, b) => a.label.localeCompare(b.label, key === 'hi' ? 'hi-IN' : 'en-IN'));
  return [{ value: '', label: choose }, ...states];
}

/**
 * The state's name in the UI language.
 * @param code - ISO 3166-2:IN code, e.g. `KL`
 * @param language - i18next's current language
 * @returns e.g. Kerala
 */
export function stateName(code: string, language: string): string {
  const state = INDIAN_STATES[code as IndianState];
  if (!state) return code;
  return language.startsWith('hi') ? state.hi : state.en;
}

/**
 * The languages a patient may prefer, each in its own script.
 * @param choose - the first, empty option's text
 * @returns the options
 */
export function languageOptions(choose: string): Option[] {
  return [
    { value: '', label: choose },
    ...Object.entries(PATIENT_LANGUAGES).map(([value, label]) => ({ value, label })),
  ];
}

/**
 * The sexes of FHIR AdministrativeGender, in the UI language.
 * @param t - the patient namespace's translate function
 * @returns the options
 */
export function genderOptions(t: Translate): Option[] {
  return [
    { value: '', label: t('reg.choose') },
    ...ADMINISTRATIVE_GENDERS.map((value) => ({ value, label: t(`gender.${value}`) })),
  ];
}

/**
 * The identity documents accepted, in the UI language.
 * @param t - the patient namespace's translate function
 * @returns the options
 */
export function documentTypeOptions(t: Translate): Option[] {
  return IDENTITY_DOCUMENT_TYPES.map((value) => ({ value, label: t(`idType.${value}`) }));
}
