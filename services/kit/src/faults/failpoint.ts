/** The places where a fault test can make a service die, in the order an event passes them. */
export type FailpointName =
  | 'relay.before-publish'
  | 'relay.after-publish'
  | 'consumer.before-commit'
  | 'consumer.after-commit';

/**
 * Dies here (SIGKILL, as an out-of-memory kill or a power cut would: no cleanup, no flush) when
 * `CONSILIUM_FAILPOINTS` lists this point for this event type, e.g.
 * `CONSILIUM_FAILPOINTS=relay.after-publish:PanelConfirmed,consumer.after-commit:PanelConfirmed`.
 * Fault tests use it to stop a process at an exact step; it is ignored when NODE_ENV=production.
 * @param name - the point reached
 * @param eventType - the event being handled
 */
export function failpoint(name: FailpointName, eventType: string): void {
  const configured = process.env['CONSILIUM_FAILPOINTS'];
  if (!configured || process.env['NODE_ENV'] === 'production') return;
  const armed = configured.split(',').map((entry) => entry.trim());
  if (!armed.includes(`${name}:${eventType}`)) return;
  process.stderr.write(`failpoint ${name}:${eventType} reached; killing process ${process.pid}\n`);
  process.kill(process.pid, 'SIGKILL');
}
