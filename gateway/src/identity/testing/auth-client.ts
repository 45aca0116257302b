import { postGraphQL } from '@consilium/subgraph-kit/testing';
import type { TestPlatform } from '../../testing/start-platform';

/** A browser's view of the sign-in endpoints: JSON in, JSON out, the refresh cookie kept. */
export interface AuthResponse {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; field?: string } };
  /** the refresh cookie the server set, if any (`consilium_refresh=…`) */
  cookie: string | null;
  headers: Headers;
}

/**
 * Posts JSON to a sign-in endpoint.
 * @param platform - the running platform
 * @param path - e.g. `/auth/sign-in`
 * @param body - the JSON body
 * @param cookie - a refresh cookie to send
 * @returns status, body and the refresh cookie set
 */
export async function postAuth(
  platform: TestPlatform,
  path: string,
  body: unknown,
  cookie?: string | null,
): Promise<AuthResponse> {
  const response = await fetch(`${platform.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as AuthResponse['body']) : {},
    cookie: setCookie?.split(';')[0] ?? null,
    headers: response.headers,
  };
}

/**
 * Waits for the newest code sent to an email or phone to reach the dev mailbox (it travels as an
 * event from identity to patient-intake) and reads its six digits.
 * @param platform - the running platform
 * @param recipient - the email or E.164 phone
 * @param after - only messages newer than this many already there
 * @returns the code
 */
export async function codeSentTo(
  platform: TestPlatform,
  recipient: string,
  after = 0,
): Promise<string> {
  const ops = await platform.as('operations');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await platform.subgraphs.identity.events.relay.flush();
    const result = await postGraphQL<{ devMailbox: { recipient: string; body: string }[] }>(
      platform.gateway.url,
      '{ devMailbox(first: 100) { recipient body } }',
      {},
      ops,
    );
    const mine = (result.data?.devMailbox ?? []).filter(
      (message) => message.recipient === recipient,
    );
    if (mine.length > after) return /\b(\d{6})\b/.exec(mine[0]!.body)![1]!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code reached ${recipient}`);
}

/**
 * How many messages the dev mailbox holds for a recipient.
 * @param platform - the running platform
 * @param recipient - the email or phone
 * @returns the count
 */
export async function messagesTo(platform: TestPlatform, recipient: string): Promise<number> {
  const result = await postGraphQL<{ devMailbox: { recipient: string }[] }>(
    platform.gateway.url,
    '{ devMailbox(first: 100) { recipient } }',
    {},
    await platform.as('operations'),
  );
  return (result.data?.devMailbox ?? []).filter((message) => message.recipient === recipient)
    .length;
}

/**
 * Signs up a patient and verifies them with the code from the mailbox.
 * @param platform - the running platform
 * @param email - their email
 * @param displayName - their name
 * @returns their `Authorization` header, refresh cookie and session body
 */
export async function registerPatient(
  platform: TestPlatform,
  email: string,
  displayName: string,
  password = 'a long enough password',
): Promise<{ authorization: string; cookie: string; patientId: string; accountId: string }> {
  const signUp = await postAuth(platform, '/auth/sign-up', {
    kind: 'PATIENT',
    displayName,
    email,
    password,
  });
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(signUp.body)}`);
  const code = await codeSentTo(platform, email);
  const verified = await postAuth(platform, '/auth/verify', { login: email, code });
  const body = verified.body as {
    accessToken: string;
    account: { id: string; patientIds: string[] };
  };
  return {
    authorization: `Bearer ${body.accessToken}`,
    cookie: verified.cookie!,
    patientId: body.account.patientIds[0]!,
    accountId: body.account.id,
  };
}
