import { formatDateTime, localeOf } from '@consilium/web-kit';

/**
 * A UTC instant as a date and time in a zone, followed by the zone's short name, so a time
 * staff must act on is never read in the wrong zone: `1 Dec 2026, 12:00 am IST`, `… UTC`.
 * @param iso - ISO 8601 timestamp
 * @param language - UI language
 * @param timeZone - IANA zone
 * @returns the date, time and zone
 */
export function formatZonedDateTime(iso: string, language: string, timeZone: string): string {
  const zone = new Intl.DateTimeFormat(localeOf(language), { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value;
  const when = formatDateTime(iso, language, timeZone);
  return zone ? `${when} ${zone}` : when;
}
