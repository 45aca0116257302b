import { DEFAULT_TIME_ZONE, localeOf, deviceTimeZone } from '@consilium/web-kit';
import { useState } from 'react';

/** Zones offered besides India's and the device's (where Indian patients' families often live). */
const OTHER_ZONES = ['Asia/Dubai', 'Asia/Singapore', 'Europe/London', 'America/New_York', 'UTC'];

/** The zone each viewer chose for consultation times, kept while the page lives. */
let chosenZone: string | null = null;

/**
 * The zones the viewer may see consultation times in: India's first, their device's, then a few
 * where Indian families often live.
 * @returns IANA zones, without repeats
 */
export function consultationZones(): string[] {
  return [...new Set([DEFAULT_TIME_ZONE, deviceTimeZone(), ...OTHER_ZONES])];
}

/**
 * The zone consultation times are shown in: the one the viewer chose in this page, else India's
 * (DESIGN.md §2 step 6: store UTC, show the viewer's zone, default Asia/Kolkata).
 * @returns the zone and a function to choose another
 */
export function useConsultationZone(): [string, (zone: string) => void] {
  const [zone, setZone] = useState(chosenZone ?? DEFAULT_TIME_ZONE);
  const choose = (next: string): void => {
    chosenZone = next;
    setZone(next);
  };
  return [zone, choose];
}

/**
 * A UTC instant for a consultation, with the weekday and the zone's short name, e.g.
 * `Mon, 23 Nov 2026, 6:00 pm IST`.
 * @param iso - ISO 8601 timestamp (UTC)
 * @param language - UI language
 * @param timeZone - the viewer's IANA zone
 * @returns the formatted date and time
 */
export function formatConsultationTime(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}

/**
 * The time of day a UTC instant ends at in a zone, e.g. `6:30 pm`.
 * @param iso - ISO 8601 timestamp (UTC)
 * @param language - UI language
 * @param timeZone - the viewer's IANA zone
 * @returns the time
 */
export function formatConsultationClock(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}
