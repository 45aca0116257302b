import { BadUserInputError } from '@consilium/subgraph-kit';
import { isSpecialty } from '../specialist/specialty-catalog';
import { WEEKDAYS, type Weekday } from '../specialist/weekday.enum';
import { isLocalTime, isTimeZone } from '../specialist/weekly-availability';
import type { SpecialistProfileInput } from './specialist-profile.input';

/** A profile's stored values, checked and normalised. */
export type CheckedProfile = Omit<
  SpecialistProfileInput,
  'nameLocal' | 'email' | 'photoUrl' | 'subSpecialty' | 'aiimsCampus' | 'aiimsDepartment' | 'bio'
> & {
  email: string | null;
  nameLocal: string | null;
  photoUrl: string | null;
  subSpecialty: string | null;
  aiimsCampus: string | null;
  aiimsDepartment: string | null;
  bio: string | null;
};

const WEEK_MINUTES = 7 * 24 * 60;

/** A window as minutes of the week from Monday 00:00, its end past its start (past midnight). */
function minutesOfWeek(slot: { weekday: string; start: string; end: string }): [number, number] {
  const at = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const start = WEEKDAYS.indexOf(slot.weekday as Weekday) * 24 * 60 + at(slot.start);
  let end = start - at(slot.start) + at(slot.end);
  if (end <= start) end += 24 * 60;
  return [start, end];
}

/**
 * Refuses weekly windows that overlap (a Sunday 01:00 window inside Saturday 23:00–01:30, too):
 * the directory and appointment checks read them as separate hours.
 * @throws BadUserInputError naming `input.weeklyAvailability.<later one>`
 */
function refuseOverlappingWindows(slots: { weekday: string; start: string; end: string }[]): void {
  const spans = slots.map(minutesOfWeek);
  spans.forEach(([start, end], index) => {
    const clash = spans.findIndex(
      ([otherStart, otherEnd], other) =>
        other < index &&
        [-WEEK_MINUTES, 0, WEEK_MINUTES].some(
          (shift) => start + shift < otherEnd && otherStart < end + shift,
        ),
    );
    if (clash >= 0) {
      throw new BadUserInputError(
        `input.weeklyAvailability.${index}`,
        `This window overlaps window ${clash + 1} (${slots[clash]!.weekday} ${slots[clash]!.start}–${slots[clash]!.end}); join them or change one.`,
      );
    }
  });
}

/** A registration as councils write it: spaces trimmed and single, the number in capitals. */
function registrationText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Control characters other than line breaks and tabs, and zero-width and bidi formatting. */
const FORBIDDEN_IN_TEXT = /(?![\t\n\r])\p{Cc}|[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/u;

function text(field: string, value: string, max: number): string {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length < 2 || [...trimmed].length > max) {
    throw new BadUserInputError(`input.${field}`, `${field} must be 2–${max} characters.`);
  }
  if (FORBIDDEN_IN_TEXT.test(trimmed)) {
    throw new BadUserInputError(
      `input.${field}`,
      `${field} cannot contain control or invisible formatting characters.`,
    );
  }
  return trimmed;
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return value == null || value.trim() === '' ? null : text(field, value, max);
}

function wholeNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`input.${field}`, `${field} must be a whole number ${min}–${max}.`);
  }
  return value;
}

/**
 * Checks and normalises a profile (NFC, trimmed), naming the first field that breaks a rule:
 * names 2–120 characters; specialty from the standard list; an https photo URL; AIIMS campus
 * given when AIIMS-trained; 0–70 years of experience; at least one language; registration year
 * 1950–this year; 1–50 active cases; a known IANA zone; windows written HH:mm, start ≠ end; no
 * control or invisible formatting characters (bidi overrides, zero-width) in any text.
 * @param input - as received
 * @returns the profile's stored values
 * @throws BadUserInputError naming `input.<field>`
 */
export function checkedProfile(input: SpecialistProfileInput): CheckedProfile {
  if (!isSpecialty(input.specialty)) {
    throw new BadUserInputError(
      'input.specialty',
      `${input.specialty} is not on the list of specialties; pick one from specialties.`,
    );
  }
  const email = optionalText('email', input.email, 254)?.toLowerCase() ?? null;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new BadUserInputError('input.email', 'Enter an email address like name@example.com.');
  }
  const photoUrl = optionalText('photoUrl', input.photoUrl, 2000);
  if (photoUrl !== null && !/^https:\/\/[^\s]+$/.test(photoUrl)) {
    throw new BadUserInputError('input.photoUrl', 'The photo must be an https:// address.');
  }
  const aiimsCampus = optionalText('aiimsCampus', input.aiimsCampus, 128);
  if (input.aiimsTrained && !aiimsCampus) {
    throw new BadUserInputError('input.aiimsCampus', 'Name the AIIMS campus trained at.');
  }
  const languages = [...new Set(input.languages.map((l) => text('languages', l, 40)))];
  if (languages.length === 0) {
    throw new BadUserInputError('input.languages', 'List at least one consulting language.');
  }
  if (!isTimeZone(input.timeZone)) {
    throw new BadUserInputError('input.timeZone', `${input.timeZone} is not an IANA time zone.`);
  }
  input.weeklyAvailability.forEach((slot, index) => {
    if (!isLocalTime(slot.start) || !isLocalTime(slot.end) || slot.start === slot.end) {
      throw new BadUserInputError(
        `input.weeklyAvailability.${index}`,
        'Write each window as HH:mm to HH:mm (24-hour), with different start and end.',
      );
    }
  });
  refuseOverlappingWindows(input.weeklyAvailability);
  return {
    fullName: text('fullName', input.fullName, 120),
    nameLocal: optionalText('nameLocal', input.nameLocal, 120),
    email,
    photoUrl,
    specialty: input.specialty,
    subSpecialty: optionalText('subSpecialty', input.subSpecialty, 128),
    qualifications: text('qualifications', input.qualifications, 300),
    aiimsTrained: input.aiimsTrained,
    aiimsCampus: input.aiimsTrained ? aiimsCampus : null,
    aiimsDepartment: input.aiimsTrained
      ? optionalText('aiimsDepartment', input.aiimsDepartment, 300)
      : null,
    yearsOfExperience: wholeNumber('yearsOfExperience', input.yearsOfExperience, 0, 70),
    languages,
    city: text('city', input.city, 128),
    hospitals: input.hospitals.map((h) => text('hospitals', h, 200)),
    registration: {
      council: text('registration.council', registrationText(input.registration.council), 128),
      number: text(
        'registration.number',
        registrationText(input.registration.number).toUpperCase(),
        64,
      ),
      year: wholeNumber(
        'registration.year',
        input.registration.year,
        1950,
        new Date().getUTCFullYear(),
      ),
    },
    bio: optionalText('bio', input.bio, 2000),
    maxActiveCases: wholeNumber('maxActiveCases', input.maxActiveCases, 1, 50),
    timeZone: input.timeZone,
    weeklyAvailability: input.weeklyAvailability.map(({ weekday, start, end }) => ({
      weekday,
      start,
      end,
    })),
  };
}
