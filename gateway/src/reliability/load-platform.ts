import { createOrm, newId, resolveDatabaseTarget } from '@consilium/subgraph-kit';
import {
  startPlatformProcess,
  type PlatformProcess,
  type PlatformProcessOptions,
} from '@consilium/subgraph-kit/testing';
import { DEMO_CASES } from '../demo/demo-cases';
import { Account } from '../identity/accounts/account.entity';
import { hashPassword } from '../identity/accounts/passwords';
import { identity } from '../identity/identity-service';
import { pause } from './journey-client';

/** The password of every load-test patient. */
const PASSWORD = 'Reliability-Load-2026';

/**
 * Environment every reliability run gives the platform: rate limits raised far above what the
 * load makes (the only error the load may meet is still rate limiting, if a limit has no
 * variable), no cap on one case's files (each session uploads to its one case all run long).
 */
export const LOAD_ENV: NodeJS.ProcessEnv = {
  RATE_LIMIT_IP_PER_MINUTE: '1000000',
  RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
  RECORDS_MAX_FILES_PER_CASE: '100000',
};

/** One signed-in patient with a registered record and a draft case records already knows. */
export interface PatientSession {
  index: number;
  login: string;
  /** bearer access token (valid ten minutes) */
  token: string;
  patientId: string;
  /** the DRAFT case every upload of the session goes to */
  caseId: string;
}

/** The platform as processes, and its patients. */
export interface LoadPlatform {
  platform: PlatformProcess;
  sessions: PatientSession[];
  /** the environment the platform's processes got on top of the test's */
  env: NodeJS.ProcessEnv;
}

/** Runs `work` over `items`, at most `concurrency` at a time. */
async function inBatches<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

/**
 * POSTs JSON to the gateway, waiting out rate limiting (429 and Retry-After) as an app does.
 * @returns the status and parsed body
 */
async function post(
  origin: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  for (;;) {
    const response = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (response.status === 429) {
      await pause(1000 * (Number(response.headers.get('retry-after')) || 1));
      continue;
    }
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
}

/**
 * Runs one GraphQL operation for the setup.
 * @returns the data
 * @throws when the answer has errors
 */
async function setupGraphQL<T>(
  origin: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const answer = await post(origin, '/graphql', { query, variables }, token);
  const errors = answer.body['errors'] as { message: string }[] | undefined;
  if (errors?.length || !answer.body['data']) {
    throw new Error(`setup step failed: ${answer.status} ${JSON.stringify(errors)}`);
  }
  return answer.body['data'] as T;
}

/**
 * Adds `count` verified patient accounts straight into identity's database (what sign-up and the
 * emailed code would leave behind, without two hundred trips through the Mailbox), each with its
 * own future patient record id.
 * @param env - the platform's environment (which database identity uses)
 * @param count - how many
 * @returns their logins and patient ids, in order
 */
async function addPatientAccounts(
  env: NodeJS.ProcessEnv,
  count: number,
): Promise<{ login: string; patientId: string }[]> {
  const orm = await createOrm({
    service: 'identity',
    entities: identity.definition.entities,
    migrations: identity.definition.migrations,
    packageDir: identity.definition.packageDir,
    target: resolveDatabaseTarget('identity', env),
  });
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const em = orm.em.fork();
    const run = newId().slice(-8);
    const patients = Array.from({ length: count }, (_, index) => ({
      login: `load.${run}.${index}@example.org`,
      patientId: newId(),
    }));
    for (const [index, patient] of patients.entries()) {
      em.create(Account, {
        displayName: `Load patient ${index}`,
        email: patient.login,
        passwordHash,
        roles: ['PATIENT'],
        patientId: patient.patientId,
        emailVerifiedAt: new Date(),
      });
    }
    await em.flush();
    return patients;
  } finally {
    await orm.close();
  }
}

/**
 * Signs a patient in, registers their record and starts the case their uploads go to, then waits
 * until records has learned of the case (the CaseStarted event) by asking for an upload ticket.
 */
async function prepareSession(
  origin: string,
  index: number,
  patient: { login: string; patientId: string },
): Promise<PatientSession> {
  const signedIn = await post(origin, '/auth/sign-in', {
    login: patient.login,
    password: PASSWORD,
  });
  const token = signedIn.body['accessToken'];
  if (signedIn.status !== 200 || typeof token !== 'string') {
    throw new Error(`sign-in of ${patient.login} failed: ${JSON.stringify(signedIn.body)}`);
  }
  const registration = { ...DEMO_CASES[0]!.registration, email: patient.login };
  await setupGraphQL(
    origin,
    token,
    'mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }',
    { id: patient.patientId, p: registration },
  );
  const started = await setupGraphQL<{ startCase: { id: string } }>(
    origin,
    token,
    'mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }',
    { p: patient.patientId, k: newId() },
  );
  const caseId = started.startCase.id;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await setupGraphQL(
        origin,
        token,
        'mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId } }',
        {
          input: {
            caseId,
            fileName: 'probe.pdf',
            contentType: 'application/pdf',
            byteSize: 1000,
            kind: 'LAB_REPORT',
          },
        },
      );
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await pause(250);
    }
  }
  return { index, login: patient.login, token, patientId: patient.patientId, caseId };
}

/**
 * Starts the platform as `pnpm start` runs it (one process per service, SQLite on a fresh data
 * folder unless `env` names a DATABASE_URL), with LOAD_ENV, and prepares `count` patients.
 * @param basePort - the gateway's port (the subgraphs use the five after it)
 * @param count - how many patient sessions
 * @param env - more environment (e.g. DATABASE_URL)
 * @returns the platform and its sessions; stop it with `platform.stop()`
 * @throws when the platform does not start or a patient cannot be prepared
 */
export async function startLoadPlatform(
  basePort: number,
  count: number,
  env: NodeJS.ProcessEnv = {},
): Promise<LoadPlatform> {
  const options: PlatformProcessOptions = { env: { ...LOAD_ENV, ...env } };
  const platform = await startPlatformProcess(basePort, 90_000, options);
  try {
    const platformEnv: NodeJS.ProcessEnv = { DATA_DIR: platform.dataDir, ...options.env };
    const patients = await addPatientAccounts(platformEnv, count);
    const sessions = await inBatches([...patients.entries()], 16, ([index, patient]) =>
      prepareSession(platform.origin, index, patient),
    );
    return { platform, sessions, env: options.env! };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}
