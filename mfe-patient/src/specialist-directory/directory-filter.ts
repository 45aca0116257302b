import type { SpecialistFilter } from '../gql/graphql';

/** The directory's filters as typed: every field a string, empty when not used. */
export interface DirectoryFilterValues {
  query: string;
  specialty: string;
  language: string;
  /** "available within N days", 1–60 */
  availableWithinDays: string;
  /** `yes`, `no`, or empty for either */
  aiimsTrained: string;
  city: string;
}

/** No filter: every listed doctor. */
export const NO_DIRECTORY_FILTER: DirectoryFilterValues = {
  query: '',
  specialty: '',
  language: '',
  availableWithinDays: '',
  aiimsTrained: '',
  city: '',
};

/** The languages offered in the filters (as the directory spells them), most spoken first. */
export const CONSULTING_LANGUAGES = [
  'Hindi',
  'English',
  'Bengali',
  'Marathi',
  'Telugu',
  'Tamil',
  'Gujarati',
  'Urdu',
  'Kannada',
  'Odia',
  'Malayalam',
  'Punjabi',
  'Assamese',
] as const;

/**
 * The API's filter for what was typed; empty fields are left out.
 * @param values - the filters as typed (days already checked to be a whole number)
 * @returns the filter, or null for none
 */
export function toSpecialistFilter(values: DirectoryFilterValues): SpecialistFilter | null {
  const filter: SpecialistFilter = {};
  const query = values.query.trim();
  if (query) filter.query = query;
  if (values.specialty) filter.specialty = values.specialty;
  if (values.language) filter.language = values.language;
  const days = values.availableWithinDays.trim();
  if (days) filter.availableWithinDays = Number(days);
  if (values.aiimsTrained) filter.aiimsTrained = values.aiimsTrained === 'yes';
  const city = values.city.trim();
  if (city) filter.city = city;
  return Object.keys(filter).length > 0 ? filter : null;
}

/**
 * Whether "available within N days" holds a whole number (or nothing). The server checks the
 * range (1–60) and names `filter.availableWithinDays`; a fraction cannot even be sent as an Int.
 * @param values - the filters as typed
 * @returns true when the days can be sent
 */
export function daysAreWhole(values: DirectoryFilterValues): boolean {
  const days = values.availableWithinDays.trim();
  return days === '' || Number.isInteger(Number(days));
}

/**
 * The filters kept in the page's address (`?specialty=Cardiology&language=Tamil`), so Back, a
 * reload or a shared link shows the same search.
 * @param params - the address's query
 * @returns the filters as typed
 */
export function filterFromParams(params: URLSearchParams): DirectoryFilterValues {
  const values = { ...NO_DIRECTORY_FILTER };
  for (const key of Object.keys(values) as (keyof DirectoryFilterValues)[]) {
    values[key] = params.get(key) ?? '';
  }
  return values;
}

/**
 * The filters in use as an address query (empty ones left out).
 * @param values - the filters as typed
 * @returns the query
 */
export function paramsOfFilter(values: DirectoryFilterValues): URLSearchParams {
  return new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
}
