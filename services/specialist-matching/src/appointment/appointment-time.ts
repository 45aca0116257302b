import { BadUserInputError } from '@consilium/subgraph-kit';
import { DateTime } from 'luxon';
import { isTimeZone } from '../specialist/weekly-availability';

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * Turns a wall-clock time in a zone into a UTC interval (store UTC, DESIGN.md §2 step 6), e.g.
 * 2026-12-13T00:30 Asia/Kolkata for 30 minutes → 2026-12-12T19:00Z–19:30Z.
 * @param field - the input path for errors, e.g. `input.slots.0`
 * @param localStart - `YYYY-MM-DDTHH:mm`
 * @param timeZone - an IANA zone
 * @param durationMinutes - the length
 * @returns start and end instants
 * @throws BadUserInputError naming `<field>.timeZone` or `<field>.localStart` (malformed, or a
 *   time that does not exist in the zone, e.g. in a daylight-saving gap)
 */
export function utcInterval(
  field: string,
  localStart: string,
  timeZone: string,
  durationMinutes: number,
): { startsAt: Date; endsAt: Date } {
  if (!isTimeZone(timeZone)) {
    throw new BadUserInputError(`${field}.timeZone`, `${timeZone} is not an IANA time zone.`);
  }
  const local = DateTime.fromISO(localStart, { zone: timeZone });
  if (!LOCAL.test(localStart) || !local.isValid) {
    throw new BadUserInputError(`${field}.localStart`, 'Write the time as YYYY-MM-DDTHH:mm.');
  }
  if (local.toFormat("yyyy-MM-dd'T'HH:mm") !== localStart) {
    throw new BadUserInputError(
      `${field}.localStart`,
      `${localStart} does not exist in ${timeZone}.`,
    );
  }
  const startsAt = local.toUTC().toJSDate();
  return { startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) };
}

/**
 * How people read a time: "Sun 13 Dec 2026, 00:30 IST" (the zone's short name in Indian English).
 * @param at - the instant
 * @param timeZone - the viewer's zone (default Asia/Kolkata)
 * @returns the text
 */
export function displayTime(at: Date, timeZone = 'Asia/Kolkata'): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'Asia/Kolkata';
  return DateTime.fromJSDate(at, { zone })
    .setLocale('en-IN')
    .toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
}
