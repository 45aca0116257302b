import { DEFAULT_TIME_ZONE, type AvailabilityWindow } from '@consilium/web-kit';
import type { SpecialistProfileFieldsFragment, SpecialistProfileInput } from '../gql/graphql';

/** Consulting languages offered as check boxes; others are typed. */
export const COMMON_LANGUAGES = [
  'English',
  'Hindi',
  'Bengali',
  'Telugu',
  'Marathi',
  'Tamil',
  'Urdu',
  'Gujarati',
  'Kannada',
  'Malayalam',
  'Odia',
  'Punjabi',
  'Assamese',
] as const;

/** What the profile form holds, as typed. */
export interface ProfileValues {
  fullName: string;
  nameLocal: string;
  email: string;
  photoUrl: string;
  specialty: string;
  subSpecialty: string;
  qualifications: string;
  aiimsTrained: boolean;
  aiimsCampus: string;
  aiimsDepartment: string;
  yearsOfExperience: string;
  languages: string[];
  otherLanguages: string;
  city: string;
  hospitals: string[];
  council: string;
  number: string;
  year: string;
  bio: string;
  maxActiveCases: string;
  timeZone: string;
  weeklyAvailability: AvailabilityWindow[];
}

/** An empty form for a new specialist (Asia/Kolkata, 5 cases at once). */
export const EMPTY_PROFILE: ProfileValues = {
  fullName: '',
  nameLocal: '',
  email: '',
  photoUrl: '',
  specialty: '',
  subSpecialty: '',
  qualifications: '',
  aiimsTrained: false,
  aiimsCampus: '',
  aiimsDepartment: '',
  yearsOfExperience: '',
  languages: ['English'],
  otherLanguages: '',
  city: '',
  hospitals: [''],
  council: '',
  number: '',
  year: '',
  bio: '',
  maxActiveCases: '5',
  timeZone: DEFAULT_TIME_ZONE,
  weeklyAvailability: [],
};

/**
 * The form's values for a stored profile.
 * @param profile - the profile
 * @returns the values
 */
export function valuesOf(profile: SpecialistProfileFieldsFragment): ProfileValues {
  const common = new Set<string>(COMMON_LANGUAGES);
  return {
    fullName: profile.fullName,
    nameLocal: profile.nameLocal ?? '',
    email: profile.email ?? '',
    photoUrl: profile.photoUrl ?? '',
    specialty: profile.specialty,
    subSpecialty: profile.subSpecialty ?? '',
    qualifications: profile.qualifications,
    aiimsTrained: profile.aiimsTrained,
    aiimsCampus: profile.aiimsCampus ?? '',
    aiimsDepartment: profile.aiimsDepartment ?? '',
    yearsOfExperience: String(profile.yearsOfExperience),
    languages: profile.languages.filter((language) => common.has(language)),
    otherLanguages: profile.languages.filter((language) => !common.has(language)).join(', '),
    city: profile.city,
    hospitals: profile.hospitals.length > 0 ? [...profile.hospitals] : [''],
    council: profile.registration.council,
    number: profile.registration.number,
    year: String(profile.registration.year),
    bio: profile.bio ?? '',
    maxActiveCases: String(profile.maxActiveCases),
    timeZone: profile.timeZone,
    weeklyAvailability: profile.weeklyAvailability.map(({ weekday, start, end }) => ({
      weekday,
      start,
      end,
    })),
  };
}

/** The form fields holding whole numbers, by their input field name. */
export const WHOLE_NUMBER_FIELDS = {
  yearsOfExperience: 'yearsOfExperience',
  'registration.year': 'year',
  maxActiveCases: 'maxActiveCases',
} as const;

/**
 * The fields typed as whole numbers that are not one (GraphQL would refuse the request whole).
 * @param values - the form
 * @returns the input field names (e.g. `registration.year`) that are wrong
 */
export function notWholeNumbers(values: ProfileValues): string[] {
  return Object.entries(WHOLE_NUMBER_FIELDS)
    .filter(([, key]) => !/^\d{1,4}$/.test(values[key].trim()))
    .map(([field]) => field);
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The profile input to send (whole numbers already checked with {@link notWholeNumbers}).
 * @param values - the form
 * @returns the input
 */
export function inputOf(values: ProfileValues): SpecialistProfileInput {
  const typed = values.otherLanguages
    .split(',')
    .map((language) => language.trim())
    .filter(Boolean);
  return {
    fullName: values.fullName.trim(),
    nameLocal: optional(values.nameLocal),
    email: optional(values.email),
    photoUrl: optional(values.photoUrl),
    specialty: values.specialty,
    subSpecialty: optional(values.subSpecialty),
    qualifications: values.qualifications.trim(),
    aiimsTrained: values.aiimsTrained,
    aiimsCampus: values.aiimsTrained ? optional(values.aiimsCampus) : null,
    aiimsDepartment: values.aiimsTrained ? optional(values.aiimsDepartment) : null,
    yearsOfExperience: Number(values.yearsOfExperience),
    languages: [...new Set([...values.languages, ...typed])],
    city: values.city.trim(),
    hospitals: values.hospitals.map((hospital) => hospital.trim()).filter(Boolean),
    registration: {
      council: values.council.trim(),
      number: values.number.trim(),
      year: Number(values.year),
    },
    bio: optional(values.bio),
    maxActiveCases: Number(values.maxActiveCases),
    timeZone: values.timeZone.trim(),
    weeklyAvailability: values.weeklyAvailability.map(({ weekday, start, end }) => ({
      weekday,
      start,
      end,
    })),
  };
}
