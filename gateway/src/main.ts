import { createLogger } from '@consilium/subgraph-kit';
import { startGateway } from './server/gateway-server';

/** Runs the gateway as a process on `PORT` (default 4000); stops cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const logger = createLogger('gateway');
  const port = Number(process.env['PORT'] ?? 4000);
  const gateway = await startGateway({ port, host: process.env['HOST'] ?? '127.0.0.1', logger });
  logger.info({ url: gateway.url }, 'gateway listening');
  console.log(
    `\n  Consilium is running. GraphQL: http://localhost:${gateway.port}/graphql  (Ctrl-C stops it)\n`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    gateway.close().then(
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

main().catch((err: unknown) => {
  console.error('gateway failed to start', err);
  process.exit(1);
});
