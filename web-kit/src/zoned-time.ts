import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { WEEKDAYS, type AvailabilityWindow } from './availability-editor';

/** `YYYY-MM-DDTHH:mm` (a `datetime-local` value, a wall-clock time without a zone). */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * An instant as the `datetime-local` value it reads in a zone (DESIGN.md §2 step 6: show the
 * viewer's zone), e.g. 2026-12-12T19:00Z in Asia/Kolkata → `2026-12-13T00:30`.
 * @param instantMs - milliseconds since the epoch
 * @param timeZone - an IANA zone
 * @returns `YYYY-MM-DDTHH:mm`
 */
export function localInputAt(instantMs: number, timeZone: string): string {
  return format(new TZDate(instantMs, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * A wall-clock time typed in a zone as the UTC instant it is (store UTC), e.g. `2026-12-13T00:30`
 * in Asia/Kolkata → `2026-12-12T19:00:00.000Z`. A time skipped by a daylight-saving change moves
 * forward by the gap.
 * @param local - `YYYY-MM-DDTHH:mm`
 * @param timeZone - an IANA zone
 * @returns ISO 8601 UTC, or null when `local` is not such a time
 */
export function instantOfLocal(local: string, timeZone: string): string | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const instant = new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

/**
 * The viewer's IANA zone as the browser knows it, or Asia/Kolkata when it does not say.
 * @returns an IANA zone
 */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Kolkata';
  } catch {
    return 'Asia/Kolkata';
  }
}

/** A weekly window as a viewer in another zone sees it. */
export interface ShownWindow {
  /** the weekday it starts on in the viewer's zone (index in WEEKDAYS, 0 = Monday) */
  startDay: number;
  start: string;
  /** the weekday it ends on in the viewer's zone */
  endDay: number;
  end: string;
}

const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/**
 * A doctor's weekly windows as a viewer in another zone sees them, placed in the current week
 * (so this week's daylight-saving rules apply): each window moved to the viewer's zone (it may
 * start on another weekday there); a window whose end is before its start runs past midnight.
 * Sorted by the viewer's weekday, Monday first, then time.
 * @param slots - the windows, in `fromZone`
 * @param fromZone - the IANA zone they are written in (the doctor's)
 * @param toZone - the viewer's IANA zone
 * @returns the windows in the viewer's zone
 */
export function windowsInZone(
  slots: readonly AvailabilityWindow[],
  fromZone: string,
  toZone: string,
): ShownWindow[] {
  const today = new TZDate(Date.now(), fromZone);
  const monday = new TZDate(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() - ((today.getDay() + 6) % 7),
    fromZone,
  );
  const shown = (instant: number): { day: number; time: string } => {
    const there = new TZDate(instant, toZone);
    return { day: (there.getDay() + 6) % 7, time: format(there, 'HH:mm') };
  };
  return slots
    .map((slot) => {
      const startMinutes = minutesOf(slot.start);
      let length = minutesOf(slot.end) - startMinutes;
      if (length <= 0) length += 24 * 60;
      const begins = new TZDate(
        monday.getFullYear(),
        monday.getMonth(),
        monday.getDate() + WEEKDAYS.indexOf(slot.weekday),
        Math.floor(startMinutes / 60),
        startMinutes % 60,
        fromZone,
      ).getTime();
      const start = shown(begins);
      const end = shown(begins + length * 60_000);
      return { startDay: start.day, start: start.time, endDay: end.day, end: end.time };
    })
    .sort((a, b) => a.startDay - b.startDay || a.start.localeCompare(b.start));
}
