import path from 'node:path';
import express, { type Router } from 'express';
import type { Logger } from '@consilium/subgraph-kit';
import type { PagePolicy } from '../web-security/security-headers';
import { renderPage, WEB_FOLDERS, WebNotBuiltError } from './web-page';

/** The repository folder the web builds live in (gateway/src/web → repository root). */
export const DEFAULT_WEB_ROOT = path.resolve(__dirname, '../../..');

/** Built files whose names carry a content hash can be cached for a year. */
const HASHED_FILE = /-[\w-]{8}\.(?:js|css|woff2?|png|svg)$/;

/** Paths that show the platform's page (single-spa decides what is on it). */
const PAGE_PATHS = [
  '/',
  // the public pages a visitor reads before signing in (root-config's public-site/)
  '/how-it-works',
  '/second-opinion-reasons',
  '/prices',
  '/specialists',
  '/privacy',
  '/sign-in',
  '/sign-up',
  '/verify',
  '/reset-password',
  // what a share link opens for a doctor without an account (issue 7)
  /^\/shared\/[^/]+$/,
  /^\/(patient|doctor|admin)(\/.*)?$/,
];

/**
 * Serves the web platform on the gateway's origin: `GET /assets/<app>/…` from each build
 * (hashed files `immutable` for a year, others revalidated), and the page itself for the app
 * routes (`no-cache`, so a new build shows at once); other addresses a browser opens get the
 * page with status 404 (the shell shows its "no page here").
 * @param logger - for build problems
 * @param setPagePolicy - sets the page's Content-Security-Policy (with its inline hashes)
 * @param webRoot - where root-config/ and mfe-*\/ are (default: the repository)
 * @returns an express router
 */
export function webRoutes(
  logger: Logger,
  setPagePolicy: PagePolicy,
  webRoot = DEFAULT_WEB_ROOT,
): Router {
  const router = express.Router();
  for (const folder of WEB_FOLDERS) {
    router.use(
      `/assets/${folder}`,
      express.static(path.join(webRoot, folder, 'dist'), {
        index: false,
        fallthrough: false,
        setHeaders: (res, file) => {
          res.setHeader(
            'Cache-Control',
            HASHED_FILE.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      }),
    );
  }
  const sendPage = (status: number) => (req: express.Request, res: express.Response) => {
    try {
      const { html, inline } = renderPage(webRoot, req.path);
      setPagePolicy(req, res, inline);
      res.setHeader('Cache-Control', 'no-cache');
      res.status(status).type('html').send(html);
    } catch (error) {
      if (!(error instanceof WebNotBuiltError)) throw error;
      logger.error({ err: error }, 'web apps are not built');
      res
        .status(503)
        .type('text')
        .send('The Consilium web apps are not built yet. Run `pnpm build`, then reload.');
    }
  };
  router.get(PAGE_PATHS, sendPage(200));
  // Any other address a browser opens gets the page (whose shell says "no page here") with 404.
  router.get(/^\/(?!graphql|assets\/|healthz|readyz).*/, (req, res, next) => {
    if (req.accepts(['html', 'json']) === 'html') sendPage(404)(req, res);
    else next();
  });
  return router;
}
