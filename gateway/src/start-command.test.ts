import fs from 'node:fs';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { DEMO_PASSWORD } from './identity/demo/demo-accounts';
import {
  postGraphQL,
  startPlatformProcess,
  type PlatformProcess,
} from '@consilium/subgraph-kit/testing';

describe('The start command (scripts/start.mjs, run by `pnpm start`)', () => {
  let platform: PlatformProcess;

  beforeAll(async () => {
    platform = await startPlatformProcess(14400);
  });

  afterAll(async () => {
    if (platform.process.exitCode === null) platform.process.kill('SIGKILL');
  });

  it('migrates, seeds the demo case and serves it to its patient from all four case subgraphs', async () => {
    const signIn = await fetch(`${platform.origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'kavita.deshpande@example.org', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const result = await postGraphQL(
      `${platform.origin}/graphql`,
      'query ($id: ID!) { case(id: $id) { id patient { id } panel { id } quote { amount currency } documents { id } } }',
      { id: DEMO_IDS.case },
      { authorization: `Bearer ${accessToken}` },
    );
    expect(result).toEqual({
      data: {
        case: {
          id: DEMO_IDS.case,
          patient: { id: DEMO_IDS.patient },
          panel: { id: DEMO_IDS.panel },
          quote: { amount: 500000, currency: 'INR' },
          documents: DEMO_IDS.documents.map((id) => ({ id })),
        },
      },
    });
    expect(fs.readdirSync(platform.dataDir).sort()).toEqual([
      'billing.sqlite',
      'identity.sqlite',
      'patient-intake.sqlite',
      'records-files', // the demo reports, encrypted
      'records.sqlite',
      'specialist-matching.sqlite',
    ]);
    expect(platform.output()).toContain('GraphQL: http://localhost:14400/graphql');
    expect(platform.output()).toContain(`Demo accounts (password ${DEMO_PASSWORD})`);
    expect(platform.output()).toContain('OPERATIONS  ops@consilium.example');
  });

  it('serves the web page with no-cache and the built assets as immutable', async () => {
    const page = await fetch(`${platform.origin}/patient/anything`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const entry = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    expect(entry).toMatch(/^\/assets\/root-config\/root-config-[\w-]{8}\.js$/);
    const script = await fetch(`${platform.origin}${entry}`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${platform.origin}/assets/mfe-patient/nothing-here.js`)).status).toBe(404);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers an unknown address opened in a browser with the page and status 404', async () => {
    const unknown = await fetch(`${platform.origin}/no-such-page`, {
      headers: { accept: 'text/html' },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('<script type="importmap">');
  });

  it.each(['/', '/how-it-works', '/second-opinion-reasons', '/prices', '/specialists', '/privacy'])(
    'answers the public page %s with the page and status 200',
    async (address) => {
      const page = await fetch(`${platform.origin}${address}`, {
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script type="importmap">');
    },
  );

  it.each([
    '/assets/mfe-admin/../../package.json',
    '/assets/root-config/%2e%2e/%2e%2e/package.json',
    '/assets/root-config/..%2f..%2fpackage.json',
    '/assets/mfe-admin/%00.js',
  ])('never serves a file outside the builds for %s, and never fails with 500', async (address) => {
    const response = await fetch(`${platform.origin}${address}`);
    expect([400, 403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('"name": "consilium"');
  });

  it('stops every process cleanly on SIGTERM', async () => {
    expect(await platform.stop()).toBe(0);
    for (let port = 14400; port <= 14405; port += 1) {
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    }
  });
});
