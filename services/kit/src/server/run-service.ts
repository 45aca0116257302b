import type { Logger } from 'pino';
import { createLogger } from '../logging/logger';
import type { RunningServer } from './subgraph-server';

/**
 * Runs a service as a process: starts it, logs where it listens, and on SIGTERM or SIGINT
 * stops accepting requests, lets in-flight ones finish, closes the database and exits 0.
 * A failure to start is logged and exits 1.
 * @param name - service name for the logs
 * @param start - starts the server (reads its own configuration)
 */
export async function runService(name: string, start: () => Promise<RunningServer>): Promise<void> {
  const logger: Logger = createLogger(name);
  let server: RunningServer;
  try {
    server = await start();
  } catch (err) {
    logger.fatal({ err }, 'failed to start');
    process.exit(1);
  }
  logger.info({ url: server.url }, `${name} listening`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
