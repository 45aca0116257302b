import { DEFAULT_TIME_ZONE, localeOf } from '@consilium/web-kit';

/**
 * A day for people, e.g. `30 November 2029` (in India's time zone, where the patient is).
 * @param iso - ISO 8601 instant
 * @param language - UI language
 * @returns the date
 */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'long',
    timeZone: DEFAULT_TIME_ZONE,
  }).format(new Date(iso));
}
