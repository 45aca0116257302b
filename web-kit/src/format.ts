import type { Language } from './i18n';

/** The time zone dates are shown in unless the viewer has another (DESIGN.md §2 step 6). */
export const DEFAULT_TIME_ZONE = 'Asia/Kolkata';

/**
 * The Indian locale for a UI language.
 * @param language - `en` or `hi`
 * @returns `en-IN` or `hi-IN`
 */
export function localeOf(language: string): string {
  return language === 'hi' ? 'hi-IN' : 'en-IN';
}

/**
 * Money for people: integer minor units (paise) to e.g. `₹5,000.00` (ISO 4217 currency).
 * @param amountMinor - amount in minor units, e.g. 500000 paise
 * @param currency - ISO 4217 code, e.g. `INR`
 * @param language - UI language
 * @returns the formatted amount
 */
export function formatMoney(
  amountMinor: number,
  currency: string,
  language: Language | string,
): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(
    amountMinor / 100,
  );
}

/**
 * A UTC instant (ISO 8601) as a date and time in the viewer's zone, e.g. `20 Nov 2026, 11:00 am`.
 * @param iso - ISO 8601 timestamp
 * @param language - UI language
 * @param timeZone - IANA zone (default Asia/Kolkata)
 * @returns the formatted date and time
 */
export function formatDateTime(
  iso: string,
  language: Language | string,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/**
 * A file size for people, in binary units: `446 KB`, `1.3 MB`.
 * @param bytes - the size in bytes
 * @param language - UI language
 * @returns the size
 */
export function formatFileSize(bytes: number, language: Language | string): string {
  const format = (value: number, unit: 'byte' | 'kilobyte' | 'megabyte'): string =>
    new Intl.NumberFormat(localeOf(language), {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
    }).format(value);
  if (bytes < 1024) return format(bytes, 'byte');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kilobyte');
  return format(bytes / 1024 / 1024, 'megabyte');
}

/** A length of time split for people: whole hours (any number), minutes and seconds. */
export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * Milliseconds as hours, minutes and seconds (for countdowns: "47 h 59 min 12 s").
 * @param ms - the length in milliseconds (a negative one counts as its absolute value)
 * @returns the parts, rounded down to the second
 */
export function durationParts(ms: number): DurationParts {
  const total = Math.floor(Math.abs(ms) / 1000);
  return {
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}
