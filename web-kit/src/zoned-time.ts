/** `YYYY-MM-DDTHH:mm` (a `datetime-local` value, a wall-clock time without a zone). */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The wall-clock time an instant reads in a zone, as milliseconds of a UTC date with the same
 * fields (so two of them subtract to the zone's offset).
 */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((found) => found.type === type)?.value ?? 0);
  return Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
}

/**
 * An instant as the `datetime-local` value it reads in a zone (DESIGN.md §2 step 6: show the
 * viewer's zone), e.g. 2026-12-12T19:00Z in Asia/Kolkata → `2026-12-13T00:30`.
 * @param instantMs - milliseconds since the epoch
 * @param timeZone - an IANA zone
 * @returns `YYYY-MM-DDTHH:mm`
 */
export function localInputAt(instantMs: number, timeZone: string): string {
  return new Date(wallClockMs(instantMs, timeZone)).toISOString().slice(0, 16);
}

/**
 * A wall-clock time typed in a zone as the UTC instant it is (store UTC), e.g. `2026-12-13T00:30`
 * in Asia/Kolkata → `2026-12-12T19:00:00.000Z`. A time skipped by a daylight-saving change reads
 * as the offset before it.
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
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // Two passes: the zone's offset at a first guess, then at the corrected instant.
  let instant = asUtc - (wallClockMs(asUtc, timeZone) - asUtc);
  instant = asUtc - (wallClockMs(instant, timeZone) - instant);
  return new Date(instant).toISOString();
}
