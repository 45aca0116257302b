/**
 * India Standard Time is UTC+05:30 all year (Asia/Kolkata has no daylight saving time), so a
 * date and time typed in IST converts with a fixed offset, whatever the browser's own zone.
 */
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

/**
 * A `datetime-local` value read as India Standard Time, as a UTC instant.
 * @param local - e.g. `2030-01-15T09:00` (seconds optional); empty for none
 * @returns ISO 8601 UTC, e.g. `2030-01-15T03:30:00.000Z`, or null when empty or not a date
 */
export function indiaLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!) - IST_OFFSET_MS;
  return Number.isNaN(utc) ? null : new Date(utc).toISOString();
}

/**
 * Now as a `datetime-local` value in India Standard Time (the earliest a new version may take
 * effect).
 * @param now - the instant (default now)
 * @returns e.g. `2026-11-30T09:15`
 */
export function indiaLocalNow(now: Date = new Date()): string {
  return new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 16);
}
