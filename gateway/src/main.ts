import { runService } from '@consilium/subgraph-kit';
import { startGateway } from './server/gateway-server';

/** Runs the gateway as a process on `PORT` (default 4000); stops cleanly on SIGTERM/SIGINT. */
void runService('gateway', async () => {
  const gateway = await startGateway({
    port: Number(process.env['PORT'] ?? 4000),
    host: process.env['HOST'] ?? '127.0.0.1',
  });
  console.log(
    `\n  Consilium is running at http://localhost:${gateway.port}/  GraphQL: http://localhost:${gateway.port}/graphql  (Ctrl-C stops it)\n`,
  );
  return gateway;
});
