import { DEMO_IDS, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@consilium/subgraph-kit';
import { postGraphQL, type GraphQLResponse } from '@consilium/subgraph-kit/testing';
import { generateKeyPair, SignJWT } from 'jose';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { RefreshToken } from './sessions/refresh-token.entity';
import { currentSigningKey } from './tokens/signing-keys';
import { codeSentTo, postAuth, registerPatient } from './testing/auth-client';
import { PartnerCaseStatusDocument } from '../partners/client/gql/graphql';
import { runPartnerOperation } from '../partners/partner-test-client';

// Issue "Identity and access", must show: through the gateway, for each role, the right case is
// visible and every other is FORBIDDEN (never a NOT_FOUND difference, no data in errors); every
// allowed and denied read lands in the audit log.

const CASE = `query ($id: ID!) {
  case(id: $id) { id stage patient { fullName phone } panel { size } quote { amount } documents { id } }
}`;
const UNKNOWN_CASE = '019ad000-0000-7000-8000-00000000dead';

type CaseResult = GraphQLResponse<{ case: Record<string, unknown> | null }>;

describe('Who sees a case', () => {
  let platform: TestPlatform;
  let stranger: { authorization: string; cookie: string; patientId: string; accountId: string };

  const read = (headers: Record<string, string>, id = DEMO_IDS.case): Promise<CaseResult> =>
    postGraphQL(platform.gateway.url, CASE, { id }, headers);
  const codes = (result: GraphQLResponse<unknown>): unknown[] =>
    (result.errors ?? []).map((error) => error.extensions?.['code']);
  const expectRefused = (result: CaseResult, code = 'FORBIDDEN'): void => {
    expect(codes(result)).toContain(code);
    expect(result.data?.case ?? null).toBeNull();
    const text = JSON.stringify(result);
    for (const secret of ['Kavita', '500000', DEMO_IDS.documents[0], 'AWAITING_PAYMENT']) {
      expect(text).not.toContain(secret);
    }
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    stranger = await registerPatient(platform, 'anil.stranger@example.org', 'Anil Stranger');
  });
  afterAll(() => platform.stop());

  it('shows the patient her own case from every subgraph', async () => {
    const result = await read(await platform.as('patient'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.case).toMatchObject({
      id: DEMO_IDS.case,
      patient: { fullName: 'Kavita Deshpande', phone: '+919000009001' },
      panel: { size: 3 },
      quote: { amount: 500000 },
    });
  });

  it('refuses patient B patient A’s case, and an unknown case, with the same FORBIDDEN', async () => {
    expectRefused(await read(stranger));
    const unknown = await read(stranger, UNKNOWN_CASE);
    expectRefused(unknown);
    expect(unknown.errors?.[0]?.message).toBe((await read(stranger)).errors?.[0]?.message);
  });

  it('refuses through _entities sent straight to each subgraph', async () => {
    for (const [subgraph, field] of [
      ['patient-intake', 'stage'],
      ['specialist-matching', 'panel { id }'],
      ['billing', 'quote { amount }'],
      ['records', 'documents { id }'],
    ] as const) {
      const result = await postGraphQL(
        platform.urls[subgraph],
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { ${field} } } }`,
        { r: [{ __typename: 'Case', id: DEMO_IDS.case }] },
        stranger,
      );
      expect({ subgraph, codes: codes(result) }).toEqual({ subgraph, codes: ['FORBIDDEN'] });
      expect(JSON.stringify(result.data)).not.toMatch(
        /AWAITING|500000|019ad000-0000-7000-8000-0000000005/,
      );
    }
  });

  it('refuses through aliases: a visible case next to another’s leaks nothing of the other', async () => {
    const result = await postGraphQL<Record<string, unknown>>(
      platform.gateway.url,
      `query ($theirs: ID!, $unknown: ID!) {
        first: case(id: $theirs) { id stage }
        second: case(id: $theirs) { patient { fullName } }
        third: case(id: $unknown) { id }
      }`,
      { theirs: DEMO_IDS.case, unknown: UNKNOWN_CASE },
      stranger,
    );
    expect(codes(result).length).toBeGreaterThan(0);
    expect(new Set(codes(result))).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(result)).not.toMatch(/Kavita|AWAITING/);
    const own = await postGraphQL<Record<string, unknown>>(
      platform.gateway.url,
      'query ($id: ID!) { a: case(id: $id) { id } b: case(id: $id) { stage } }',
      { id: DEMO_IDS.case },
      await platform.as('patient'),
    );
    expect(own.data).toEqual({ a: { id: DEMO_IDS.case }, b: { stage: 'AWAITING_PAYMENT' } });
  });

  it('lists for a patient only her own cases, and refuses another patient’s list', async () => {
    const own = await postGraphQL<{ cases: { edges: { node: { id: string } }[] } }>(
      platform.gateway.url,
      '{ cases(first: 10) { edges { node { id } } } }',
      {},
      stranger,
    );
    expect(own.data?.cases.edges).toEqual([]);
    const theirs = await postGraphQL(
      platform.gateway.url,
      'query ($p: ID!) { cases(first: 10, patientId: $p) { edges { node { id } } } }',
      { p: DEMO_IDS.patient },
      stranger,
    );
    expect(codes(theirs)).toEqual(['FORBIDDEN']);
  });

  it('shows a specialist on the panel the case, and refuses a specialist who is not', async () => {
    expect((await read(await platform.as('specialist'))).errors).toBeUndefined();
    const ops = await platform.as('operations');
    const created = await postGraphQL<{ createStaffAccount: { id: string } }>(
      platform.gateway.url,
      `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      {
        input: {
          role: 'SPECIALIST',
          displayName: 'Dr Not On This Panel',
          email: 'not.on.panel@consilium.example',
          specialistId: DEMO_IDS.specialists[4],
        },
      },
      ops,
    );
    expect(created.errors).toBeUndefined();
    const code = await codeSentTo(platform, 'not.on.panel@consilium.example');
    const reset = await postAuth(platform, '/auth/password-reset/confirm', {
      login: 'not.on.panel@consilium.example',
      code,
      password: 'first password of a specialist',
    });
    expect(reset.status).toBe(204);
    const outsider = await platform.signIn(
      'not.on.panel@consilium.example',
      'first password of a specialist',
    );
    expectRefused(await read(outsider));
  });

  it('lets a proxy act for the patient until the patient revokes it, from the next request on', async () => {
    const proxy = await platform.as('proxy');
    expect((await read(proxy)).errors).toBeUndefined();
    const patient = await platform.as('patient');
    const grants = await postGraphQL<{
      proxyAuthorizations: { id: string; proxyDisplayName: string }[];
    }>(platform.gateway.url, '{ proxyAuthorizations { id proxyDisplayName } }', {}, patient);
    const rahul = grants.data!.proxyAuthorizations.find(
      (grant) => grant.proxyDisplayName === 'Rahul Deshpande',
    )!;
    const revoked = await postGraphQL(
      platform.gateway.url,
      'mutation ($id: ID!) { revokeProxyAuthorization(id: $id) { revokedAt } }',
      { id: rahul.id },
      patient,
    );
    expect(revoked.errors).toBeUndefined();
    const next = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...proxy },
      body: JSON.stringify({ query: CASE, variables: { id: DEMO_IDS.case } }),
    });
    expect(next.status).toBe(401);
    const body = (await next.json()) as CaseResult;
    expectRefused(body, 'UNAUTHENTICATED');
    // Straight to each subgraph with the old token: each refuses it itself once the
    // AccessRevoked event has reached it.
    await platform.subgraphs.identity.events.relay.flush();
    const direct = [
      [
        platform.urls['patient-intake'],
        'query ($id: ID!) { case(id: $id) { stage } }',
        { id: DEMO_IDS.case },
      ],
      [
        platform.urls.billing,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { quote { amount } } } }',
        { r: [{ __typename: 'Case', id: DEMO_IDS.case }] },
      ],
      [
        platform.urls.records,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { documents { id } } } }',
        { r: [{ __typename: 'Case', id: DEMO_IDS.case }] },
      ],
    ] as const;
    for (const [url, query, variables] of direct) {
      const result = await postGraphQL(url, query, variables, proxy);
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(result.data)).not.toMatch(/AWAITING|500000|0000005/);
    }
    // A fresh token no longer carries Kavita: the case is simply not theirs.
    const again = await postAuth(platform, '/auth/sign-in', {
      login: 'rahul.deshpande@example.org',
      password: 'Demo-Consilium-2026',
    });
    expect(again.body['account']).toMatchObject({ patientIds: [] });
    expectRefused(await read({ authorization: `Bearer ${String(again.body['accessToken'])}` }));
  });

  it('refuses a partner without the patient’s consent', async () => {
    const response = await fetch(`${platform.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('partner_demo_insurer:demo-partner-secret-2026').toString('base64')}`,
      },
      body: 'grant_type=client_credentials&scope=cases:read-status',
    });
    expect(response.status).toBe(200);
    const token = (await response.json()) as {
      access_token: string;
      token_type: string;
      scope: string;
    };
    expect(token).toMatchObject({ token_type: 'Bearer', scope: 'cases:read-status' });
    const partner = { authorization: `Bearer ${token.access_token}` };
    // a partner token runs safelisted operations only (issue 10): the status one is refused too
    expectRefused(
      (await runPartnerOperation(platform, partner, PartnerCaseStatusDocument, {
        id: DEMO_IDS.case,
      })) as CaseResult,
    );
    expect(codes(await read(partner))).toEqual(['OPERATION_NOT_SAFELISTED']);
  });

  it.each([
    ['an expired token', 'expired'],
    ['a token signed by another key', 'foreign'],
    ['a token with alg none', 'none'],
    ['a token that is not a JWT', 'garbage'],
  ])('answers %s with 401 UNAUTHENTICATED and no data', async (_label, kind) => {
    const em = platform.subgraphs.identity.orm.em.fork();
    const claims = { roles: ['OPERATIONS'] };
    const now = Math.floor(Date.now() / 1000);
    let token = 'not-a-token';
    if (kind === 'expired') {
      const { kid, key } = await currentSigningKey(em);
      token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setSubject('019ad000-0000-7000-8000-000000002004')
        .setIssuedAt(now - 3600)
        .setExpirationTime(now - 60)
        .sign(key);
    } else if (kind === 'foreign') {
      const { kid } = await currentSigningKey(em);
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setSubject('019ad000-0000-7000-8000-000000002004')
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(privateKey);
    } else if (kind === 'none') {
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      token = `${part({ alg: 'none', typ: 'JWT' })}.${part({
        ...claims,
        sub: '019ad000-0000-7000-8000-000000002004',
        iss: TOKEN_ISSUER,
        aud: TOKEN_AUDIENCE,
        iat: now,
        exp: now + 600,
      })}.`;
    }
    const response = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CASE, variables: { id: DEMO_IDS.case } }),
    });
    expect(response.status).toBe(401);
    expectRefused((await response.json()) as CaseResult, 'UNAUTHENTICATED');
    // Straight to a subgraph, bypassing the gateway: refused there too.
    const direct = await postGraphQL(
      platform.urls['patient-intake'],
      'query ($id: ID!) { case(id: $id) { stage } }',
      { id: DEMO_IDS.case },
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(codes(direct)[0]).toBe('UNAUTHENTICATED');
  });

  it('revokes the whole session when a used refresh token comes back', async () => {
    const signIn = await postAuth(platform, '/auth/sign-in', {
      login: 'kavita.deshpande@example.org',
      password: 'Demo-Consilium-2026',
    });
    const first = signIn.cookie!;
    const refreshed = await postAuth(platform, '/auth/refresh', {}, first);
    expect(refreshed.status).toBe(200);
    expect(refreshed.cookie).not.toBe(first);
    // Later than two tabs racing: the old token is presented again by someone who copied it.
    const em = platform.subgraphs.identity.orm.em.fork();
    await em.nativeUpdate(
      RefreshToken,
      { usedAt: { $ne: null } },
      { usedAt: new Date(Date.now() - 60_000) },
    );
    const reused = await postAuth(platform, '/auth/refresh', {}, first);
    expect(reused.status).toBe(401);
    expect(reused.body.error?.code).toBe('UNAUTHENTICATED');
    // ...and the legitimate holder's newer token dies with it.
    const successor = await postAuth(platform, '/auth/refresh', {}, refreshed.cookie);
    expect(successor.status).toBe(401);
  });

  it('writes every allowed and denied read of the case to the audit log, for operations only', async () => {
    const LOG = `query ($caseId: ID!) {
      patientIntakeAuditLog(filter: { caseId: $caseId }, first: 100) {
        edges { node { accountId outcome operation objectType actingForPatientId ipAddress } }
      }
    }`;
    const result = await postGraphQL<{
      patientIntakeAuditLog: { edges: { node: Record<string, unknown> }[] };
    }>(platform.gateway.url, LOG, { caseId: DEMO_IDS.case }, await platform.as('operations'));
    expect(result.errors).toBeUndefined();
    const entries = result.data!.patientIntakeAuditLog.edges.map((edge) => edge.node);
    expect(entries).toContainEqual(
      expect.objectContaining({
        accountId: '019ad000-0000-7000-8000-000000002001',
        outcome: 'ALLOWED',
        operation: 'READ',
        objectType: 'Case',
        actingForPatientId: DEMO_IDS.patient,
      }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({
        accountId: stranger.accountId,
        outcome: 'DENIED',
        objectType: 'Case',
      }),
    );
    expect(entries.every((entry) => typeof entry['ipAddress'] === 'string')).toBe(true);
    const refused = await postGraphQL(
      platform.gateway.url,
      LOG,
      { caseId: DEMO_IDS.case },
      stranger,
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
  });
});
