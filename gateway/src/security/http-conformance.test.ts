import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';

// Issue 12, "HTTP conformance": graphql-http's server audits (the GraphQL-over-HTTP spec's own
// checks) run against the gateway and against one subgraph. Every MUST passes. The SHOULD/MAY
// audits that do not pass are a known list, with the reason: a change either way (a regression,
// or an improvement that should be documented) fails this test.

/**
 * SHOULD/MAY audits the platform knowingly does not pass, by audit id (same list for the gateway
 * and the subgraphs, which share Apollo Server's HTTP handling):
 * - 5A70, D6D5, 6A70: GET requests without the `apollo-require-preflight` header are refused as
 *   possible cross-site request forgery (docs/security.md); the audits send none.
 * - 572B, FDE2, 7B9B: with `Accept: application/json` (the legacy media type) a request that
 *   cannot run at all (unparsable document, invalid document, variables of the wrong type) is
 *   answered 400, as with `application/graphql-response+json`, rather than the 200 the spec
 *   suggests for legacy clients: the status says the request itself was wrong.
 */
const KNOWN_SHORTFALLS: Record<string, { status: 'warn' | 'notice'; reason: string }> = {
  '5A70': { status: 'notice', reason: 'Response status code is not 200' },
  D6D5: { status: 'notice', reason: 'Response status code is not 200' },
  '6A70': { status: 'notice', reason: 'Response status code is not 200' },
  '572B': { status: 'warn', reason: 'Response status code is not 200' },
  FDE2: { status: 'warn', reason: 'Response status code is not 200' },
  '7B9B': { status: 'warn', reason: 'Response status code is not 200' },
};

/** What an audit's outcome is compared on (the reason shows why one failed). */
function outcomeOf(result: AuditResult): { status: string; reason?: string } {
  return result.status === 'ok'
    ? { status: 'ok' }
    : { status: result.status, reason: result.reason };
}

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let platform: TestPlatform;
  const targets = {
    gateway: () => platform.gateway.url,
    'patient-intake subgraph': () => platform.urls['patient-intake'],
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.stop());

  it('knows only SHOULD and MAY audits as shortfalls, and every one of them is still audited', () => {
    const audits = serverAudits({ url: 'http://127.0.0.1/graphql' });
    const byId = new Map(audits.map((audit) => [audit.id, audit.name]));
    for (const id of Object.keys(KNOWN_SHORTFALLS)) {
      expect({ id, name: byId.get(id) }).toEqual({
        id,
        name: expect.stringMatching(/^(SHOULD|MAY) /),
      });
    }
    expect(audits.filter((audit) => audit.name.startsWith('MUST ')).length).toBeGreaterThan(10);
  });

  for (const [target, url] of Object.entries(targets)) {
    describe(target, () => {
      it.each(serverAudits({ url }).map((audit) => [audit.id, audit.name, audit] as const))(
        '%s %s',
        async (id, name, audit) => {
          const known = KNOWN_SHORTFALLS[id];
          const expected = name.startsWith('MUST ') || !known ? { status: 'ok' } : known;
          expect(outcomeOf(await audit.fn())).toEqual(expected);
        },
      );
    });
  }
});
