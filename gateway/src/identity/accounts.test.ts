import { DEMO_IDS } from '@consilium/subgraph-kit';
import { postGraphQL } from '@consilium/subgraph-kit/testing';
import { decodeProtectedHeader } from 'jose';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { Account } from './accounts/account.entity';
import { codeSentTo, messagesTo, postAuth, registerPatient } from './testing/auth-client';

const ME = '{ me { id displayName roles patientId email } }';

describe('Accounts and sessions', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.stop());

  it.each([
    [
      {
        kind: 'PATIENT',
        displayName: 'A',
        email: 'not-an-email',
        password: 'long enough password',
      },
      'email',
    ],
    [
      { kind: 'PATIENT', displayName: 'A', phone: '12345', password: 'long enough password' },
      'phone',
    ],
    [{ kind: 'PATIENT', displayName: 'A', email: 'a@example.org', password: 'short' }, 'password'],
    [
      {
        kind: 'PATIENT',
        displayName: '',
        email: 'a@example.org',
        password: 'long enough password',
      },
      'displayName',
    ],
    [
      {
        kind: 'DOCTOR',
        displayName: 'A',
        email: 'a@example.org',
        password: 'long enough password',
      },
      'kind',
    ],
    [{ kind: 'PATIENT', displayName: 'A', password: 'long enough password' }, 'email'],
  ])('refuses sign-up %j naming the field %s, and creates nothing', async (body, field) => {
    const response = await postAuth(platform, '/auth/sign-up', body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const again = await postAuth(platform, '/auth/sign-in', {
      login: 'a@example.org',
      password: 'long enough password',
    });
    expect(again.body.error?.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a sign-in posted as a form (no CSRF through a cross-site form)', async () => {
    const response = await fetch(`${platform.origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'login=ops%40consilium.example&password=Demo-Consilium-2026',
    });
    expect(response.status).toBe(415);
  });

  it('signs up by Indian phone number, verifies by SMS code, and signs in with it in any form', async () => {
    const signUp = await postAuth(platform, '/auth/sign-up', {
      kind: 'PATIENT',
      displayName: 'सुरेश कुमार',
      phone: '098682 27853',
      password: 'पासवर्ड जो काफ़ी लंबा है',
      language: 'hi',
    });
    expect(signUp.status).toBe(201);
    expect(signUp.body['verification']).toEqual({ channel: 'SMS', sentTo: '+91•••••••853' });
    const unverified = await postAuth(platform, '/auth/sign-in', {
      login: '+91 98682 27853',
      password: 'पासवर्ड जो काफ़ी लंबा है',
    });
    expect(unverified.status).toBe(403);
    expect(unverified.body.error?.code).toBe('UNVERIFIED');
    const code = await codeSentTo(platform, '+919868227853', 1);
    const wrong = await postAuth(platform, '/auth/verify', {
      login: '9868227853',
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.body.error?.code).toBe('INVALID_CODE');
    const verified = await postAuth(platform, '/auth/verify', { login: '9868227853', code });
    expect(verified.status).toBe(200);
    expect(verified.cookie).toMatch(/^consilium_refresh=/);
    expect(verified.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(verified.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    const session = verified.body as {
      accessToken: string;
      account: { roles: string[]; patientIds: string[] };
    };
    expect(session.account.roles).toEqual(['PATIENT']);
    expect(decodeProtectedHeader(session.accessToken)).toMatchObject({ alg: 'EdDSA' });
    const me = await postGraphQL(
      platform.gateway.url,
      ME,
      {},
      { authorization: `Bearer ${session.accessToken}` },
    );
    expect(me.data).toMatchObject({ me: { displayName: 'सुरेश कुमार', roles: ['PATIENT'] } });
    const twice = await postAuth(platform, '/auth/sign-up', {
      kind: 'PROXY',
      displayName: 'Someone',
      phone: '+91 98682 27853',
      password: 'another long password',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'CONFLICT', field: 'phone' });
  });

  it('locks an account after five wrong passwords, with the same answer for an unknown login', async () => {
    const email = 'locked.out@example.org';
    await registerPatient(platform, email, 'Locked Out', 'the right password here');
    const unknown = await postAuth(platform, '/auth/sign-in', {
      login: 'nobody@example.org',
      password: 'whatever it is',
    });
    expect(unknown.status).toBe(401);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const wrong = await postAuth(platform, '/auth/sign-in', {
        login: email,
        password: `wrong password ${attempt}`,
      });
      expect(wrong.body).toEqual(unknown.body);
    }
    const fifth = await postAuth(platform, '/auth/sign-in', {
      login: email,
      password: 'wrong password 5',
    });
    expect(fifth.status).toBe(423);
    expect(fifth.body.error?.code).toBe('ACCOUNT_LOCKED');
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(800);
    const right = await postAuth(platform, '/auth/sign-in', {
      login: email,
      password: 'the right password here',
    });
    expect(right.status).toBe(423);
  });

  it('resets a forgotten password by code, ending every session, and says nothing about unknown logins', async () => {
    const email = 'forgetful@example.org';
    const before = await registerPatient(platform, email, 'Forgetful', 'the old password here');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // tokens carry whole seconds
    const unknown = await postAuth(platform, '/auth/password-reset', {
      login: 'ghost@example.org',
    });
    expect(unknown.status).toBe(202);
    const sent = await messagesTo(platform, email);
    expect((await postAuth(platform, '/auth/password-reset', { login: email })).status).toBe(202);
    const code = await codeSentTo(platform, email, sent);
    const weak = await postAuth(platform, '/auth/password-reset/confirm', {
      login: email,
      code,
      password: 'short',
    });
    expect(weak.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const done = await postAuth(platform, '/auth/password-reset/confirm', {
      login: email,
      code,
      password: 'the new password here',
    });
    expect(done.status).toBe(204);
    const reused = await postAuth(platform, '/auth/password-reset/confirm', {
      login: email,
      code,
      password: 'yet another password',
    });
    expect(reused.body.error?.code).toBe('INVALID_CODE');
    expect((await postAuth(platform, '/auth/refresh', {}, before.cookie)).status).toBe(401);
    const old = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: before.authorization },
      body: JSON.stringify({ query: ME }),
    });
    expect(old.status).toBe(401);
    expect(
      (
        await postAuth(platform, '/auth/sign-in', {
          login: email,
          password: 'the new password here',
        })
      ).status,
    ).toBe(200);
  });

  it('signs out everywhere: other sessions and access tokens stop working', async () => {
    const email = 'two.devices@example.org';
    const phone = await registerPatient(
      platform,
      email,
      'Two Devices',
      'a password for two devices',
    );
    const laptop = await postAuth(platform, '/auth/sign-in', {
      login: email,
      password: 'a password for two devices',
    });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // tokens carry whole seconds
    const out = await postAuth(platform, '/auth/sign-out', { everywhere: true }, laptop.cookie);
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/consilium_refresh=;/);
    expect((await postAuth(platform, '/auth/refresh', {}, phone.cookie)).status).toBe(401);
    const stale = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: phone.authorization },
      body: JSON.stringify({ query: ME }),
    });
    expect(stale.status).toBe(401);
    await platform.subgraphs.identity.events.relay.flush();
    const direct = await postGraphQL(
      platform.urls['patient-intake'],
      '{ cases(first: 1) { edges { node { id } } } }',
      {},
      phone,
    );
    expect(direct.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // Signing in again at once gives a token that counts.
    const again = await postAuth(platform, '/auth/sign-in', {
      login: email,
      password: 'a password for two devices',
    });
    const fresh = await postGraphQL(
      platform.gateway.url,
      ME,
      {},
      { authorization: `Bearer ${String(again.body['accessToken'])}` },
    );
    expect(fresh.errors).toBeUndefined();
  });

  it('refuses a token issued in the same second as "sign out everywhere"', async () => {
    const email = 'same.second@example.org';
    const session = await registerPatient(
      platform,
      email,
      'Same Second',
      'a password for one second',
    );
    expect(
      (await postAuth(platform, '/auth/sign-out', { everywhere: true }, session.cookie)).status,
    ).toBe(204);
    const response = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: session.authorization },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
  });

  it('locks the account even when wrong passwords arrive all at once', async () => {
    const email = 'parallel.guesses@example.org';
    await registerPatient(platform, email, 'Parallel Guesses', 'the right password here');
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_unused, index) =>
        postAuth(platform, '/auth/sign-in', { login: email, password: `guess number ${index}` }),
      ),
    );
    expect(answers.some((answer) => answer.status === 423)).toBe(true);
    const right = await postAuth(platform, '/auth/sign-in', {
      login: email,
      password: 'the right password here',
    });
    expect(right.status).toBe(423);
  });

  it.each([
    ['a control character', 'Bad\u0000Name'],
    ['a right-to-left override', 'abc\u202Egnp.exe'],
    ['only invisible characters', '\u200B\u200B'],
    ['201 characters', 'अ'.repeat(201)],
  ])('refuses a name with %s, naming the field, and logs no SQL', async (_label, displayName) => {
    const response = await postAuth(platform, '/auth/sign-up', {
      kind: 'PATIENT',
      displayName,
      email: `name.${Math.random().toString(36).slice(2)}@example.org`,
      password: 'long enough password',
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(platform.gatewayLogs.join('\n')).not.toMatch(/insert into|\$argon2id/);
  });

  it('keeps names in any script, normalised to NFC, with Indic joiners', async () => {
    const response = await postAuth(platform, '/auth/sign-up', {
      kind: 'PROXY',
      displayName: ' Jose\u0301  O\u2019Brien-सिंह क्\u200Dष ',
      email: 'nfc.name@example.org',
      password: 'long enough password',
    });
    expect(response.status).toBe(201);
    const em = platform.subgraphs.identity.orm.em.fork();
    const account = await em.findOneOrFail(Account, { email: 'nfc.name@example.org' });
    expect(account.displayName).toBe('José O\u2019Brien-सिंह क्\u200Dष');
  });

  it('tells a disabled account so when the password is right, and keeps a guess anonymous', async () => {
    const email = 'to.be.disabled@example.org';
    const person = await registerPatient(
      platform,
      email,
      'To Be Disabled',
      'a password to disable',
    );
    const disabled = await postGraphQL(
      platform.gateway.url,
      'mutation ($id: ID!) { disableAccount(id: $id) { disabledAt } }',
      { id: person.accountId },
      await platform.as('operations'),
    );
    expect(disabled.errors).toBeUndefined();
    const right = await postAuth(platform, '/auth/sign-in', {
      login: email,
      password: 'a password to disable',
    });
    expect(right.body.error?.code).toBe('ACCOUNT_DISABLED');
    const wrong = await postAuth(platform, '/auth/sign-in', {
      login: email,
      password: 'not the password',
    });
    expect(wrong.body.error?.code).toBe('INVALID_CREDENTIALS');
  });

  it('publishes its keys at /.well-known/jwks.json and rotates them without breaking tokens in use', async () => {
    const before = (await (await fetch(`${platform.origin}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string; kty: string; crv: string; d?: string }[];
    };
    expect(before.keys).toHaveLength(1);
    expect(before.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(before.keys[0]!.d).toBeUndefined();
    const ops = await platform.as('operations');
    const rotated = await postGraphQL<{ rotateSigningKey: { kid: string; activatesAt: string } }>(
      platform.gateway.url,
      'mutation { rotateSigningKey { kid activatesAt } }',
      {},
      ops,
    );
    expect(rotated.errors).toBeUndefined();
    const after = (await (await fetch(`${platform.origin}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    expect(after.keys.map((key) => key.kid).sort()).toEqual(
      [before.keys[0]!.kid, rotated.data!.rotateSigningKey.kid].sort(),
    );
    const still = await postGraphQL(
      platform.gateway.url,
      '{ case(id: "' + DEMO_IDS.case + '") { id } }',
      {},
      ops,
    );
    expect(still.errors).toBeUndefined();
    const patient = await platform.as('patient');
    const refused = await postGraphQL(
      platform.gateway.url,
      'mutation { rotateSigningKey { kid } }',
      {},
      patient,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('issues partner tokens only for the right secret and granted scopes (RFC 6749 errors)', async () => {
    const token = (body: string, auth?: string) =>
      fetch(`${platform.origin}/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(auth ? { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {}),
        },
        body,
      });
    const wrong = await token('grant_type=client_credentials', 'partner_demo_insurer:wrong');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
    const grant = await token(
      'grant_type=password',
      'partner_demo_insurer:demo-partner-secret-2026',
    );
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const scope = await token(
      'grant_type=client_credentials&scope=admin',
      'partner_demo_insurer:demo-partner-secret-2026',
    );
    expect(await scope.json()).toMatchObject({ error: 'invalid_scope' });
    const mangled = await fetch(`${platform.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('partner_demo_insurer:%E0%').toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(mangled.status).toBe(401);
    expect(await mangled.json()).toMatchObject({ error: 'invalid_client' });
    const good = await token(
      'grant_type=client_credentials&client_id=partner_demo_insurer&client_secret=demo-partner-secret-2026',
    );
    expect(good.status).toBe(200);
    expect(good.headers.get('cache-control')).toBe('no-store');
  });

  it('never logs a password, a code, or a token, in any service', async () => {
    const signIn = await postAuth(platform, '/auth/sign-in', {
      login: 'ops@consilium.example',
      password: 'Demo-Consilium-2026',
    });
    const token = String(signIn.body['accessToken']);
    await postGraphQL(platform.gateway.url, ME, {}, { authorization: `Bearer ${token}` });
    await postAuth(platform, '/auth/sign-in', {
      login: 'ops@consilium.example',
      password: 'a wrong password typed',
    });
    const everything = [
      ...platform.gatewayLogs,
      ...Object.values(platform.subgraphs).flatMap((service) => service.logs),
    ].join('\n');
    expect(everything.length).toBeGreaterThan(0);
    for (const secret of [
      'Demo-Consilium-2026',
      'a wrong password typed',
      token,
      signIn.cookie!.split('=')[1]!,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('voids a verification code after five wrong guesses, however the phone is written', async () => {
    const signUp = await postAuth(platform, '/auth/sign-up', {
      kind: 'PATIENT',
      displayName: 'Guessed Code',
      phone: '+91 91234 56789',
      password: 'a phrase nobody guesses',
    });
    expect(signUp.status).toBe(201);
    const code = await codeSentTo(platform, '+919123456789');
    const wrong = code === '000000' ? '111111' : '000000';
    for (const login of [
      '091234 56789',
      '+919123456789',
      '9123456789',
      '91234 56789',
      '+91 91234 56789',
    ]) {
      const guess = await postAuth(platform, '/auth/verify', { login, code: wrong });
      expect(guess.body.error?.code).toBe('INVALID_CODE');
    }
    const right = await postAuth(platform, '/auth/verify', { login: '9123456789', code });
    expect(right.body.error?.code).toBe('INVALID_CODE');
  });

  it.each([
    ['98682 2785', 'An Indian mobile number has 10 digits (9 were entered), e.g. 98682 27853.'],
    ['1234567890', 'An Indian mobile number starts with 6, 7, 8 or 9.'],
  ])('refuses the phone %s with a message saying why', async (phone, message) => {
    const response = await postAuth(platform, '/auth/sign-up', {
      kind: 'PATIENT',
      displayName: 'Phone Check',
      phone,
      password: 'a phrase nobody guesses',
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone', message });
  });

  it.each([
    ['only spaces', '            '],
    ['a well-known password', 'password1234'],
    ['a run of digits', '123456789012'],
    ['the email itself', 'weak.pass@example.org'],
  ])('refuses %s as a password', async (_label, password) => {
    const response = await postAuth(platform, '/auth/sign-up', {
      kind: 'PATIENT',
      displayName: 'Weak Pass',
      email: 'weak.pass@example.org',
      password,
    });
    expect(response.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('refuses a 5,000-character name with the same plain rule as an empty one', async () => {
    const response = await postAuth(platform, '/auth/sign-up', {
      kind: 'PATIENT',
      displayName: 'x'.repeat(5000),
      email: 'long.name@example.org',
      password: 'a phrase nobody guesses',
    });
    expect(response.body.error).toMatchObject({
      field: 'displayName',
      message: 'Give a name of 1 to 200 characters.',
    });
  });

  it('does not let a patient make a staff account their proxy', async () => {
    const result = await postGraphQL(
      platform.gateway.url,
      `mutation ($input: AuthorizeProxyInput!) { authorizeProxy(input: $input) { id } }`,
      {
        input: {
          patientId: DEMO_IDS.patient,
          proxyLogin: 'ops@consilium.example',
          relationship: 'OTHER',
        },
      },
      await platform.as('patient'),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.proxyLogin',
    });
  });
});
