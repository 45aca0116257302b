import { createHash } from 'node:crypto';
import { createLogger, DEMO_IDS } from '@consilium/subgraph-kit';
import { DEMO_PASSWORD } from '../identity/demo/demo-accounts';
import { startGateway, type RunningGateway } from '../server/gateway-server';
import { DEMO_LOGINS, startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { webSecuritySettingsFromEnv } from './web-security-settings';

// Issue 12 (web security): every response of the gateway (the page, GraphQL, assets, downloads)
// carries a strict Content-Security-Policy and the other security headers; HSTS and Secure
// cookies in production only; the refresh cookie is HttpOnly, SameSite=Strict and under /auth.

/** The directives of a Content-Security-Policy header: name → sources. */
function directivesOf(header: string | null): Record<string, string[]> {
  expect(header).toBeTruthy();
  return Object.fromEntries(
    header!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const signIn = (origin: string): Promise<Response> =>
  fetch(`${origin}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: DEMO_LOGINS.patient, password: DEMO_PASSWORD }),
  });

describe('Security headers of the gateway', () => {
  let platform: TestPlatform;
  /** the same platform behind a gateway in production mode, with Razorpay as the provider */
  let production: RunningGateway;
  let productionOrigin: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    production = await startGateway({
      port: 0,
      logger: createLogger('gateway', { write: () => undefined }),
      subgraphUrls: platform.urls,
      identityOrm: platform.subgraphs.identity.orm,
      verifyToken: platform.verifyToken,
      webSecurity: { production: true, checkoutProvider: 'razorpay' },
    });
    productionOrigin = production.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await production?.close();
    await platform?.stop();
  });

  it('the page allows only its own origin and its own inline import map and styles, by hash', async () => {
    for (const address of ['/', '/patient', '/doctor/cases/1', '/sign-in']) {
      const page = await fetch(`${platform.origin}${address}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)![1]!;
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
      const csp = directivesOf(page.headers.get('content-security-policy'));
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['script-src']).toEqual(["'self'", sha256(importMap)]);
      expect(csp['style-src']).toEqual(["'self'", sha256(style)]);
      expect(csp['connect-src']).toEqual(["'self'"]);
      expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'self'"]);
      expect(csp['form-action']).toEqual(["'self'"]);
      expect(csp['script-src-attr']).toEqual(["'none'"]);
      expect(csp['upgrade-insecure-requests']).toBeUndefined();
      // every other inline script would be refused: the page has exactly one, the import map
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toEqual(['<script type="importmap">']);
      expect(html.match(/<style/g)).toHaveLength(1);
    }
  });

  it('every kind of response carries the headers, none allows inline or eval, and no HSTS on http', async () => {
    const page = await fetch(`${platform.origin}/patient`);
    const entry = /<script type="module" src="([^"]+)"/.exec(await page.text())![1]!;
    const responses = {
      page,
      unknownPage: await fetch(`${platform.origin}/no-such-page`, {
        headers: { accept: 'text/html' },
      }),
      asset: await fetch(`${platform.origin}${entry}`),
      graphql: await fetch(`${platform.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await platform.as('patient')) },
        body: JSON.stringify({ query: `{ case(id: "${DEMO_IDS.case}") { id } }` }),
      }),
      graphqlRefused: await fetch(`${platform.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nope }' }),
      }),
      signIn: await signIn(platform.origin),
      healthz: await fetch(`${platform.origin}/healthz`),
    };
    expect(responses.asset.status).toBe(200);
    expect(responses.graphql.status).toBe(200);
    for (const [name, response] of Object.entries(responses)) {
      const headers = Object.fromEntries(
        [
          'x-content-type-options',
          'referrer-policy',
          'x-frame-options',
          'cross-origin-opener-policy',
          'cross-origin-resource-policy',
          'strict-transport-security',
          'x-powered-by',
        ].map((header) => [header, response.headers.get(header)]),
      );
      expect({ name, headers }).toEqual({
        name,
        headers: {
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'same-origin',
          'x-frame-options': 'DENY',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-resource-policy': 'same-origin',
          'strict-transport-security': null,
          'x-powered-by': null,
        },
      });
      const csp = response.headers.get('content-security-policy');
      expect({ name, frameAncestors: directivesOf(csp)['frame-ancestors'] }).toEqual({
        name,
        frameAncestors: ["'none'"],
      });
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(directivesOf(csp)['default-src']).toEqual(["'self'"]);
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
    }
  });

  it('files handed out run nothing and may be framed by the platform’s own pages only (the PDF viewer)', async () => {
    for (const address of [
      '/files/documents/x/inline?exp=1&sig=x',
      '/invoices/x/invoice.pdf?exp=1&sig=x',
      '/legal-documents/x.pdf',
      `/health-record/${DEMO_IDS.patient}/case-file.pdf`,
    ]) {
      const file = await fetch(`${platform.origin}${address}`);
      const csp = directivesOf(file.headers.get('content-security-policy'));
      expect({ address, csp }).toEqual({
        address,
        csp: {
          'default-src': ["'none'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'unsafe-inline'"],
          'object-src': ["'self'"],
          'base-uri': ["'none'"],
          'form-action': ["'none'"],
          'frame-ancestors': ["'self'"],
        },
      });
      expect(file.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('in production: HSTS for a year with subdomains, http upgraded, Razorpay’s checkout allowed', async () => {
    for (const address of ['/', '/patient', '/graphql']) {
      const response = await fetch(`${productionOrigin}${address}`, {
        headers: { accept: 'text/html' },
      });
      expect(response.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const csp = directivesOf(response.headers.get('content-security-policy'));
      expect(csp['upgrade-insecure-requests']).toEqual([]);
      expect(csp['script-src']).toEqual(
        expect.arrayContaining(["'self'", 'https://checkout.razorpay.com']),
      );
      expect(csp['connect-src']).toEqual([
        "'self'",
        'https://api.razorpay.com',
        'https://lumberjack.razorpay.com',
      ]);
      expect(csp['frame-src']).toEqual([
        "'self'",
        'https://api.razorpay.com',
        'https://checkout.razorpay.com',
      ]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    }
  });

  it('the refresh cookie: HttpOnly, SameSite=Strict, only under /auth, and Secure in production only', async () => {
    const local = await signIn(platform.origin);
    expect(local.status).toBe(200);
    const cookie = local.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^consilium_refresh=[^;]+;/);
    expect(cookie.split(/;\s*/).slice(1).sort()).toEqual([
      expect.stringMatching(/^Expires=/),
      'HttpOnly',
      expect.stringMatching(/^Max-Age=\d+$/),
      'Path=/auth',
      'SameSite=Strict',
    ]);
    // the cookie alone renews the session under /auth
    const refreshed = await fetch(`${platform.origin}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: '{}',
    });
    expect(refreshed.status).toBe(200);

    const secure = await signIn(productionOrigin);
    expect(secure.status).toBe(200);
    const productionCookie = secure.headers.get('set-cookie')!;
    expect(productionCookie.split(/;\s*/)).toEqual(
      expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/auth']),
    );
    const signedOut = await fetch(`${productionOrigin}/auth/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: productionCookie.split(';')[0]! },
      body: '{}',
    });
    expect(signedOut.headers.get('set-cookie')).toMatch(
      /^consilium_refresh=;.*Path=\/auth.*HttpOnly.*Secure.*SameSite=Strict/,
    );
  });

  it('reads production and the checkout provider from the environment, refusing an unknown provider', () => {
    expect(webSecuritySettingsFromEnv({ NODE_ENV: 'production' })).toEqual({
      production: true,
      checkoutProvider: 'sandbox',
    });
    expect(webSecuritySettingsFromEnv({ PAYMENT_PROVIDER: 'Razorpay' })).toEqual({
      production: false,
      checkoutProvider: 'razorpay',
    });
    expect(() => webSecuritySettingsFromEnv({ PAYMENT_PROVIDER: 'stripe' })).toThrow(
      'PAYMENT_PROVIDER must be sandbox or razorpay, not stripe',
    );
  });
});
