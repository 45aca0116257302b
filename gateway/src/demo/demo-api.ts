import { DEMO_PASSWORD } from '../identity/demo/demo-accounts';

type Json = Record<string, unknown>;

/** A GraphQL error as the gateway answers it. */
interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** A GraphQL answer carrying errors, thrown by DemoApi.graphql. */
export class DemoApiError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: GraphQLError[],
  ) {
    super(
      `${operation}: ${errors.map((error) => `${error.extensions?.code ?? ''} ${error.message}`).join('; ')}`,
    );
  }
}

/** How long a step waits for the events before it to reach the service it asks (ms). */
const EVENT_WAIT_MS = 45_000;

/** @returns a promise resolved after `ms` milliseconds */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The platform's public API as the demo people use it: the `/auth/*` routes and GraphQL on the
 * gateway's origin, with bearer tokens. What a person would do in an app, nothing more.
 */
export class DemoApi {
  private readonly tokens = new Map<string, string>();

  /**
   * @param origin - the gateway's origin, e.g. `http://127.0.0.1:4000`
   * @param signal - aborts every request and wait (the gateway stopping)
   */
  constructor(
    readonly origin: string,
    readonly signal: AbortSignal = new AbortController().signal,
  ) {}

  /** fetch on the gateway's origin, aborted with the run. */
  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    this.signal.throwIfAborted();
    return fetch(new URL(path, this.origin), { ...init, signal: this.signal });
  }

  /**
   * Runs a GraphQL operation.
   * @param token - a bearer token, or null for a public query
   * @returns the `data`
   * @throws DemoApiError when the answer carries errors
   */
  async graphql<T = Json>(token: string | null, query: string, variables: Json = {}): Promise<T> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
    const name = /\b(?:query|mutation)?\s*(?:\([^)]*\))?\s*\{\s*(\w+)/.exec(query)?.[1] ?? 'query';
    if (body.errors?.length || !body.data) throw new DemoApiError(name, body.errors ?? []);
    return body.data;
  }

  /**
   * Runs a step again while it is refused because an earlier step's events have not yet reached
   * the service it asks (a request the platform answers "not yet", e.g. choosing doctors before
   * specialist-matching has learned of the consent).
   * @param step - the step
   * @returns its result
   * @throws the step's last error after EVENT_WAIT_MS
   */
  async eventually<T>(step: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + EVENT_WAIT_MS;
    for (;;) {
      try {
        return await step();
      } catch (error) {
        if (Date.now() > deadline || this.signal.aborted) throw error;
        await pause(250);
      }
    }
  }

  /**
   * Waits until a read satisfies a condition (the effect of events travelling between services).
   * @returns the last value read
   * @throws when it does not hold within EVENT_WAIT_MS, naming `what`
   */
  async waitFor<T>(what: string, read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + EVENT_WAIT_MS;
    for (;;) {
      const value = await read();
      if (holds(value)) return value;
      this.signal.throwIfAborted();
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await pause(250);
    }
  }

  /** POSTs JSON to an `/auth/*` route. @returns the status and the parsed body (if any) */
  async auth(route: string, body: Json): Promise<{ status: number; body: Json }> {
    const response = await this.fetch(route, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
  }

  /**
   * Every account's email address, as operations staff list the accounts (admin app).
   * @param ops - an operations token
   * @returns the addresses, lower case
   */
  async accountEmails(ops: string): Promise<Set<string>> {
    const emails = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const page: {
        accounts: {
          edges: { node: { email: string | null } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await this.graphql(
        ops,
        'query ($after: String) { accounts(first: 100, after: $after) { edges { node { email } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      for (const { node } of page.accounts.edges) {
        if (node.email) emails.add(node.email.toLowerCase());
      }
      if (!page.accounts.pageInfo.hasNextPage) return emails;
      after = page.accounts.pageInfo.endCursor;
    }
  }

  /**
   * Signs in with DEMO_PASSWORD (cached per login for the run; access tokens last ten minutes).
   * @returns the access token, or null when the account does not exist (or has another password)
   */
  async trySignIn(login: string): Promise<string | null> {
    const cached = this.tokens.get(login);
    if (cached) return cached;
    const signedIn = await this.auth('/auth/sign-in', { login, password: DEMO_PASSWORD });
    if (signedIn.status !== 200) return null;
    const token = signedIn.body['accessToken'] as string;
    this.tokens.set(login, token);
    return token;
  }

  /**
   * Signs in with DEMO_PASSWORD.
   * @returns the access token
   * @throws when the sign-in is refused
   */
  async signIn(login: string): Promise<string> {
    const token = await this.trySignIn(login);
    if (!token) throw new Error(`sign-in as ${login} was refused`);
    return token;
  }

  /**
   * The newest six-digit code the Mailbox holds for a recipient, read by operations staff (the
   * embedded default keeps every message there).
   * @param ops - an operations token
   * @param recipient - the email address
   * @returns the code
   */
  async codeSentTo(ops: string, recipient: string): Promise<string> {
    const found = await this.waitFor(
      `the code sent to ${recipient}`,
      () =>
        this.graphql<{ devMailbox: { recipient: string; body: string }[] }>(
          ops,
          '{ devMailbox(first: 100) { recipient body } }',
        ),
      (read) =>
        read.devMailbox.some(
          (message) => message.recipient === recipient && /\b\d{6}\b/.test(message.body),
        ),
    );
    const message = found.devMailbox.find(
      (item) => item.recipient === recipient && /\b\d{6}\b/.test(item.body),
    )!;
    return /\b(\d{6})\b/.exec(message.body)![1]!;
  }

  /**
   * Signs up a patient with DEMO_PASSWORD and verifies the email with the code from the Mailbox,
   * as a person does in the sign-up page.
   * @param ops - an operations token (to read the Mailbox)
   * @returns the new account's token and the patient id made for it
   */
  async signUpPatient(
    ops: string,
    login: string,
    displayName: string,
    language: string,
  ): Promise<{ token: string; patientId: string }> {
    const signedUp = await this.auth('/auth/sign-up', {
      kind: 'PATIENT',
      displayName,
      email: login,
      password: DEMO_PASSWORD,
      language,
    });
    if (signedUp.status !== 201) {
      throw new Error(
        `sign-up of ${login} failed: ${signedUp.status} ${JSON.stringify(signedUp.body)}`,
      );
    }
    const code = await this.codeSentTo(ops, login);
    const verified = await this.auth('/auth/verify', { login, code });
    if (verified.status !== 200) {
      throw new Error(`verification of ${login} failed: ${JSON.stringify(verified.body)}`);
    }
    const token = verified.body['accessToken'] as string;
    this.tokens.set(login, token);
    const account = verified.body['account'] as { patientIds: string[] };
    return { token, patientId: account.patientIds[0]! };
  }

  /**
   * Gives a staff member a sign-in account as operations staff do (admin app), then the staff
   * member sets DEMO_PASSWORD with the code emailed to them.
   * @param ops - an operations token
   * @param input - CreateStaffAccountInput
   * @returns their token
   */
  async createStaffAccount(ops: string, input: Json & { email: string }): Promise<string> {
    await this.graphql(
      ops,
      'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }',
      { input },
    );
    const code = await this.codeSentTo(ops, input.email);
    const reset = await this.auth('/auth/password-reset/confirm', {
      login: input.email,
      code,
      password: DEMO_PASSWORD,
    });
    if (reset.status !== 204) {
      throw new Error(`the password of ${input.email} was not set: ${JSON.stringify(reset.body)}`);
    }
    return this.signIn(input.email);
  }
}
