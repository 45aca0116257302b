import pino, { type DestinationStream, type Logger } from 'pino';

/** Request parts never written to logs: credentials. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

const SQL_STATEMENT = /^\s*(insert|update|delete|select|with)\b/i;

/**
 * Serialises an error for the log without the SQL a database error carries (its values can be
 * password hashes, contact details or health data): the statement is replaced by its kind.
 * @param error - what was thrown
 * @returns the log fields
 */
export function serializeError(error: unknown): Record<string, unknown> {
  const fields = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const message = typeof fields['message'] === 'string' ? fields['message'] : '';
  if (SQL_STATEMENT.test(message) || 'sql' in fields || 'sqlMessage' in fields) {
    const reason = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : '';
    const redacted = `database statement failed (values redacted)${reason ? `: ${reason}` : ''}`;
    const stack = typeof fields['stack'] === 'string' ? fields['stack'].split('\n').slice(1) : [];
    return {
      type: fields['type'],
      code: fields['code'],
      message: redacted.slice(0, 300),
      stack: [redacted, ...stack].join('\n'),
    };
  }
  return fields;
}

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
  const options = {
    name,
    level,
    base: { service: name },
    redact: REDACTED_PATHS,
    serializers: { err: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
