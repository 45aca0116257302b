import type { Logger } from '@consilium/subgraph-kit';
import { Router } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { SubgraphName } from './subgraph-urls';

/**
 * Plain HTTP paths a subgraph serves besides GraphQL, which the gateway passes through on its
 * own origin so the apps need no other address (the legal documents' PDFs, report files).
 */
export const SUBGRAPH_HTTP_PATHS: Record<string, SubgraphName> = {
  '/legal-documents': 'patient-intake',
  // report uploads and downloads behind signed links (issue 7), streamed both ways
  '/files': 'records',
  // issue 9: the payment provider's signed webhooks (the raw bytes reach billing untouched, as
  // the signature is over them), invoice PDFs behind signed links, and the embedded payment
  // sandbox's checkout for the payer's browser (development only; billing refuses the sandbox in
  // production). The sandbox's REST API is for billing alone, on loopback: not passed through.
  '/webhooks': 'billing',
  '/invoices': 'billing',
  '/payment-sandbox/checkout': 'billing',
};

/**
 * Proxies SUBGRAPH_HTTP_PATHS to their subgraphs (streamed, headers and status passed through);
 * a subgraph that does not answer gives 502 with a JSON error.
 * @param urls - each subgraph's GraphQL URL (its origin is used)
 * @param logger - for proxy failures
 * @returns the router
 */
export function subgraphHttpRoutes(urls: Record<SubgraphName, string>, logger: Logger): Router {
  const router = Router();
  for (const [prefix, subgraph] of Object.entries(SUBGRAPH_HTTP_PATHS)) {
    router.use(
      prefix,
      createProxyMiddleware({
        target: new URL(urls[subgraph]).origin,
        pathFilter: () => true,
        pathRewrite: (path) => `${prefix}${path}`,
        proxyTimeout: 30_000,
        on: {
          // The subgraph logs who used a file or share link: the real client (`req.ip`, which
          // trusts only the proxies TRUST_PROXY names), never a header the client made up.
          proxyReq: (proxyReq, req) => {
            const ip = (req as { ip?: string }).ip ?? req.socket.remoteAddress;
            proxyReq.setHeader('x-forwarded-for', ip ?? '');
          },
          error: (error, _req, res) => {
            logger.warn({ err: error, subgraph }, 'subgraph HTTP route failed');
            if ('writeHead' in res && !res.headersSent) {
              res.writeHead(502, { 'content-type': 'application/json' });
              res.end(
                JSON.stringify({
                  error: { code: 'BAD_GATEWAY', message: `${subgraph} did not answer; try again.` },
                }),
              );
            }
          },
        },
      }),
    );
  }
  return router;
}
