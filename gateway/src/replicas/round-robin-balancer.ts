import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A load balancer for tests: what a cloud balancer or Kubernetes Service does in production. */
export interface RoundRobinBalancer {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** requests each backend answered, by its URL */
  served: Map<string, number>;
  /** the id of every event delivered through it (`POST /events`), in order */
  deliveredEvents: string[];
  /** takes a backend out of rotation (as a failing readiness probe does) */
  remove: (backend: string) => void;
  close: () => Promise<void>;
}

/**
 * Starts an HTTP balancer on loopback handing requests to `backends` in turn (bodies buffered;
 * tests send small ones).
 * @param backends - base URLs, e.g. `http://127.0.0.1:4001`
 * @returns the running balancer
 */
export async function startRoundRobinBalancer(backends: string[]): Promise<RoundRobinBalancer> {
  const pool = [...backends];
  const served = new Map<string, number>();
  const deliveredEvents: string[] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const backend = pool[next++ % pool.length]!;
      served.set(backend, (served.get(backend) ?? 0) + 1);
      if (req.method === 'POST' && req.url === '/events') {
        deliveredEvents.push((JSON.parse(body.toString()) as { id: string }).id);
      }
      const headers = { ...req.headers };
      delete headers['host'];
      delete headers['content-length'];
      fetch(`${backend}${req.url}`, {
        method: req.method,
        headers: headers as Record<string, string>,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
        redirect: 'manual',
      }).then(
        async (answer) => {
          const bytes = Buffer.from(await answer.arrayBuffer());
          const out: Record<string, string> = {};
          answer.headers.forEach((value, name) => {
            if (name !== 'content-encoding' && name !== 'transfer-encoding') out[name] = value;
          });
          out['content-length'] = String(bytes.length);
          res.writeHead(answer.status, out).end(bytes);
        },
        () => res.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    deliveredEvents,
    remove: (backend) => {
      pool.splice(pool.indexOf(backend), 1);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
