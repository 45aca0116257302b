import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import {
  cspDirectives,
  fileDirectives,
  inlineHashes,
  type InlineContent,
} from './content-security-policy';
import { checkoutSources, type WebSecuritySettings } from './web-security-settings';

/** HSTS lifetime: one year (RFC 6797 §6.1.1 max-age, in seconds), subdomains included. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Browser features no page of the platform uses, switched off for it and every frame in it
 * (W3C Permissions Policy); the Payment Request API only for the page and the provider's frame.
 */
function permissionsPolicy(settings: WebSecuritySettings): string {
  const payment = [
    'self',
    ...checkoutSources(settings.checkoutProvider).frame.map((o) => `"${o}"`),
  ];
  return [
    'camera=()',
    'microphone=()',
    'geolocation=()',
    'usb=()',
    'serial=()',
    `payment=(${payment.join(' ')})`,
  ].join(', ');
}

/**
 * The security headers of every response of the gateway (pages, GraphQL, assets, downloads),
 * with helmet: Content-Security-Policy ({@link cspDirectives}, the page gets its own with its
 * inline hashes: {@link pageContentSecurityPolicy}), Strict-Transport-Security in production only
 * (a laptop serves plain http), `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin`
 * (share-link tokens in the address never reach another site), `X-Frame-Options: DENY`,
 * Cross-Origin-Opener-Policy `same-origin` (`same-origin-allow-popups` with Razorpay, whose
 * checkout may open the bank's page in a popup), Cross-Origin-Resource-Policy `same-origin`,
 * Origin-Agent-Cluster, no `X-Powered-By`, and a Permissions-Policy switching off camera,
 * microphone, geolocation and the like.
 * @param settings - production or not, the checkout provider
 * @returns express middleware
 */
export function securityHeaders(settings: WebSecuritySettings): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(settings) },
    strictTransportSecurity: settings.production
      ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    crossOriginOpenerPolicy: {
      policy: settings.checkoutProvider === 'razorpay' ? 'same-origin-allow-popups' : 'same-origin',
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  const permissions = permissionsPolicy(settings);
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', permissions);
    headers(req, res, next);
  };
}

/** Where the gateway hands out files (report files, invoices, legal documents, exports). */
export const FILE_PATHS = ['/files', '/invoices', '/legal-documents', '/health-record'];

/**
 * For the files the platform hands out (mount on {@link FILE_PATHS}, after
 * {@link securityHeaders}): their own Content-Security-Policy ({@link fileDirectives}: nothing
 * runs in them; the browser's image and PDF viewers work) and framing by the own origin only
 * (`X-Frame-Options: SAMEORIGIN`), for the doctor's embedded PDF viewer.
 * @param settings - production or not
 * @returns express middleware
 */
export function fileSecurityHeaders(settings: WebSecuritySettings): RequestHandler {
  const policy = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: fileDirectives(settings),
  });
  const frameOptions = helmet.xFrameOptions({ action: 'sameorigin' });
  return (req, res, next) => {
    frameOptions(req, res, () => policy(req, res, next));
  };
}

/** Sets a page's Content-Security-Policy header. */
export type PagePolicy = (req: IncomingMessage, res: ServerResponse, inline: InlineContent) => void;

/**
 * The Content-Security-Policy of the platform's HTML page: that of every response plus the
 * SHA-256 hashes of the page's own inline import map and style sheet (an import map cannot be
 * loaded from a file, so it is inline, and allowed by its hash alone). The policy of the last
 * inline content is kept, so a rebuild in development gets a new one.
 * @param settings - production or not, the checkout provider
 * @returns a function setting the header on a page response
 */
export function pageContentSecurityPolicy(settings: WebSecuritySettings): PagePolicy {
  let last: { key: string; policy: ReturnType<typeof helmet.contentSecurityPolicy> } | null = null;
  return (req, res, inline) => {
    const hashes = inlineHashes(inline);
    const key = [...hashes.scripts, ...hashes.styles].join(' ');
    if (last?.key !== key) {
      last = {
        key,
        policy: helmet.contentSecurityPolicy({
          useDefaults: false,
          directives: cspDirectives(settings, hashes),
        }),
      };
    }
    last.policy(req, res, (error?: Error) => {
      if (error) throw error;
    });
  };
}
