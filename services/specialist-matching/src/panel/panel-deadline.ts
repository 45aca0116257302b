/** How long a specialist has to answer a request to join a panel (hours; PANEL_RESPONSE_HOURS). */
export const PANEL_RESPONSE_HOURS = Number(process.env['PANEL_RESPONSE_HOURS'] ?? 24);

/**
 * When a request made now must be answered by.
 * @param now - when the request is made
 * @returns the deadline
 */
export function respondByFrom(now: Date): Date {
  return new Date(now.getTime() + PANEL_RESPONSE_HOURS * 3600_000);
}
