// A child process serving Hive Gateway (the comparison gateway) over this run's subgraphs:
// `node hive-gateway-main.js` with HIVE_PORT, HIVE_SUPERGRAPH (a file with the subgraph URLs
// already rewritten) and HIVE_RUST_PLANNER=1 for the Rust query planner. Exits on SIGTERM.
import fs from 'node:fs';
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';

const port = Number(process.env['HIVE_PORT']);
const supergraph = fs.readFileSync(process.env['HIVE_SUPERGRAPH']!, 'utf8');
const gateway = createGatewayRuntime({
  supergraph,
  logging: 'warn',
  // given here: the runtime would otherwise look for it by name (the CLI package bundles it)
  transports: { http: httpTransport },
  // Off: its HTTP transport merges identical queries in flight to a subgraph into one, and the
  // bench's connections all send the same query with the same token (our gateway does not merge)
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  ...(process.env['HIVE_RUST_PLANNER'] === '1' ? { unifiedGraphHandler } : {}),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
    }),
  },
});
const server = http.createServer(gateway);
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => process.send?.('listening'));

// The runtime keeps the process alive after SIGTERM: dispose it (with the Rust planner) and exit.
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  void Promise.resolve(gateway[Symbol.asyncDispose]()).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
