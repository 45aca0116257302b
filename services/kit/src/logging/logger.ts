import pino, { type Logger } from 'pino';

/**
 * The JSON logger of one process. Level from `LOG_LEVEL` (default `info`; `silent` in tests).
 * @param name - the service name written on every line
 * @returns a pino logger
 */
export function createLogger(name: string): Logger {
  const level = process.env['LOG_LEVEL'] ?? (process.env['JEST_WORKER_ID'] ? 'silent' : 'info');
  return pino({ name, level, base: { service: name } });
}

export type { Logger };
