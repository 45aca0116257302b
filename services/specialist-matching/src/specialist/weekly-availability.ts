import { DateTime, IANAZone, Interval } from 'luxon';
import { WEEKDAYS, type Weekday } from './weekday.enum';

/** A weekly window as stored: weekday and local HH:mm times (see AvailabilitySlot). */
export interface WeeklySlot {
  weekday: Weekday;
  start: string;
  end: string;
}

/** The time zone availability is entered in when none is given (DESIGN.md §2 step 6). */
export const DEFAULT_TIME_ZONE = 'Asia/Kolkata';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Whether a local time is written HH:mm on a 24-hour clock.
 * @param value - e.g. "18:30"
 * @returns true for 00:00–23:59
 */
export function isLocalTime(value: string): boolean {
  return HH_MM.test(value);
}

/**
 * Whether `zone` is an IANA time zone the runtime knows, e.g. Asia/Kolkata.
 * @param zone - the zone name
 * @returns true when valid
 */
export function isTimeZone(zone: string): boolean {
  // an IANA name only: luxon would also take "local", "system" (the server's zone) and offsets
  return IANAZone.isValidZone(zone);
}

function minutesOf(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number);
  return { hour: hour!, minute: minute! };
}

/**
 * The absolute intervals the weekly windows cover between two instants, in order. A window that
 * runs past midnight counts from its start day, so SATURDAY 23:00–01:30 covers Sunday 00:30.
 * Daylight-saving gaps are handled by luxon (India has none).
 * @param slots - the weekly windows
 * @param zone - the IANA zone they are written in
 * @param from - start of the span (inclusive)
 * @param to - end of the span (exclusive)
 * @returns the covered intervals, clipped to the span
 */
export function availabilityIntervals(
  slots: WeeklySlot[],
  zone: string,
  from: Date,
  to: Date,
): Interval[] {
  const span = Interval.fromDateTimes(DateTime.fromJSDate(from), DateTime.fromJSDate(to));
  const last = DateTime.fromJSDate(to, { zone });
  const intervals: Interval[] = [];
  for (
    let day = DateTime.fromJSDate(from, { zone }).startOf('day').minus({ days: 1 });
    day <= last;
    day = day.plus({ days: 1 })
  ) {
    for (const slot of slots) {
      if (WEEKDAYS[day.weekday - 1] !== slot.weekday) continue;
      const start = day.set(minutesOf(slot.start));
      let end = day.set(minutesOf(slot.end));
      if (end <= start) end = end.plus({ days: 1 });
      const clipped = Interval.fromDateTimes(start, end).intersection(span);
      if (clipped && !clipped.isEmpty()) intervals.push(clipped);
    }
  }
  return intervals.sort((a, b) => a.start!.toMillis() - b.start!.toMillis());
}

/**
 * Minutes of consulting time the weekly windows offer between two instants.
 * @param slots - the weekly windows
 * @param zone - their IANA zone
 * @param from - start of the span
 * @param to - end of the span
 * @returns whole minutes
 */
export function minutesAvailable(slots: WeeklySlot[], zone: string, from: Date, to: Date): number {
  return Math.round(
    availabilityIntervals(slots, zone, from, to).reduce(
      (sum, interval) => sum + interval.length('minutes'),
      0,
    ),
  );
}

/**
 * Whether an appointment from `start` to `end` lies wholly inside one weekly window.
 * @param slots - the specialist's weekly windows
 * @param zone - their IANA zone
 * @param start - the appointment's start (UTC instant)
 * @param end - its end
 * @returns true when it fits
 */
export function fitsAvailability(
  slots: WeeklySlot[],
  zone: string,
  start: Date,
  end: Date,
): boolean {
  const wanted = Interval.fromDateTimes(DateTime.fromJSDate(start), DateTime.fromJSDate(end));
  return availabilityIntervals(slots, zone, start, end).some((interval) =>
    interval.engulfs(wanted),
  );
}

/**
 * The weekdays on which a window starts, as `|MONDAY|SATURDAY|`: stored beside the windows so
 * the directory can filter on "available within N days" in SQL.
 * @param slots - the weekly windows
 * @returns the key ('' when never available)
 */
export function weekdaysKey(slots: WeeklySlot[]): string {
  const days = WEEKDAYS.filter((day) => slots.some((slot) => slot.weekday === day));
  return days.length ? `|${days.join('|')}|` : '';
}

/**
 * The weekdays of the next `days` calendar days, today first, in a zone.
 * @param now - the current instant
 * @param days - how many days, at least 1 (7 or more is every weekday)
 * @param zone - the viewer's zone
 * @returns the weekdays, without repeats
 */
export function weekdaysAhead(now: Date, days: number, zone: string): Weekday[] {
  const today = DateTime.fromJSDate(now, { zone });
  const seen = new Set<Weekday>();
  for (let offset = 0; offset < Math.min(days, 7); offset += 1) {
    seen.add(WEEKDAYS[today.plus({ days: offset }).weekday - 1]!);
  }
  return [...seen];
}
