import pino, { type DestinationStream, type Logger } from 'pino';

/** Request parts never written to logs: credentials. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/**
 * The JSON logger of one process, with credentials redacted. Level from `LOG_LEVEL`
 * (default `info`; `silent` under jest unless a destination is given).
 * @param name - the service name written on every line
 * @param destination - where lines go (default stdout); tests pass a collector
 * @returns a pino logger
 */
export function createLogger(name: string, destination?: DestinationStream): Logger {
  const quietInTests = process.env['JEST_WORKER_ID'] && !destination ? 'silent' : 'info';
  const level = process.env['LOG_LEVEL'] ?? quietInTests;
  const options = { name, level, base: { service: name }, redact: REDACTED_PATHS };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
