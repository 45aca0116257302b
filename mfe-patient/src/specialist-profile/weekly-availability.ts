/** Days of the week as the API names them, Monday first. */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

/** A weekly window as the API gives it: weekday and HH:mm times in the doctor's zone. */
export interface WeeklySlot {
  weekday: (typeof WEEKDAYS)[number];
  start: string;
  end: string;
}

/** A window as a viewer sees it in their own zone. */
export interface ShownWindow {
  /** the weekday it starts on in the viewer's zone (index in WEEKDAYS) */
  startDay: number;
  start: string;
  /** the weekday it ends on in the viewer's zone */
  endDay: number;
  end: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Midnight UTC of this week's Monday: the windows are placed in the current week (its clock changes). */
const REFERENCE_MONDAY_UTC = ((): number => {
  const today = new Date();
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return midnight - ((today.getUTCDay() + 6) % 7) * DAY;
})();

/** The offset of a zone from UTC at an instant, in minutes (e.g. +330 for Asia/Kolkata). */
function offsetMinutes(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

/** The instant a wall-clock time in a zone stands for (minutes since the reference Monday). */
function instantOf(timeZone: string, wallMinutes: number): number {
  const wall = REFERENCE_MONDAY_UTC + wallMinutes * MINUTE;
  const first = wall - offsetMinutes(timeZone, wall) * MINUTE;
  return wall - offsetMinutes(timeZone, first) * MINUTE;
}

/** Weekday (0 = Monday) and HH:mm of an instant in a zone. */
function wallOf(timeZone: string, instant: number): { day: number; time: string } {
  const wall = instant + offsetMinutes(timeZone, instant) * MINUTE;
  const sinceMonday = wall - REFERENCE_MONDAY_UTC;
  const day = ((Math.floor(sinceMonday / DAY) % 7) + 7) % 7;
  const minutes = Math.round((((sinceMonday % DAY) + DAY) % DAY) / MINUTE);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { day, time: `${hh}:${mm}` };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * A doctor's weekly windows as a viewer in another zone sees them: each window moved to the
 * viewer's zone (it may start on another weekday there); a window whose end is before its start
 * runs past midnight into the next day. Sorted by the viewer's weekday, Monday first, and time.
 * @param slots - the windows, in `fromZone`
 * @param fromZone - the IANA zone they are written in (the doctor's)
 * @param toZone - the viewer's IANA zone
 * @returns the windows in the viewer's zone
 */
export function windowsInZone(
  slots: readonly WeeklySlot[],
  fromZone: string,
  toZone: string,
): ShownWindow[] {
  return slots
    .map((slot) => {
      const startWall = WEEKDAYS.indexOf(slot.weekday) * 24 * 60 + minutesOf(slot.start);
      let length = minutesOf(slot.end) - minutesOf(slot.start);
      if (length <= 0) length += 24 * 60;
      const startInstant = instantOf(fromZone, startWall);
      const start = wallOf(toZone, startInstant);
      const end = wallOf(toZone, startInstant + length * MINUTE);
      return { startDay: start.day, start: start.time, endDay: end.day, end: end.time };
    })
    .sort((a, b) => a.startDay - b.startDay || a.start.localeCompare(b.start));
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
