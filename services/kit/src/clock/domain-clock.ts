/**
 * The platform's clock for domain deadlines and schedules (panel answer deadlines, the 48-hour
 * contact SLA, "available within N days", appointments in the past). It is the system clock,
 * except that tests may shift it (setDomainClock, or CONSILIUM_CLOCK_AT for a service started as
 * its own process) to the fixed "now" of the shared fixtures; it keeps running from there. Token
 * lifetimes and logs always use the system clock.
 */
let offsetMs = 0;

const startAt = process.env['CONSILIUM_CLOCK_AT'];
if (startAt) {
  if (process.env['NODE_ENV'] === 'production') {
    throw new Error('CONSILIUM_CLOCK_AT shifts the domain clock and is for tests only');
  }
  const at = Date.parse(startAt);
  if (Number.isNaN(at)) throw new Error(`CONSILIUM_CLOCK_AT is not an ISO 8601 time: ${startAt}`);
  offsetMs = at - Date.now();
}

/**
 * Now, on the domain clock.
 * @returns the current instant
 */
export function currentTime(): Date {
  return new Date(Date.now() + offsetMs);
}

/**
 * Tests only: makes the domain clock read `at` now (it keeps running), or the system time again
 * with null.
 * @param at - the time it is to read
 */
export function setDomainClock(at: Date | null): void {
  offsetMs = at ? at.getTime() - Date.now() : 0;
}
