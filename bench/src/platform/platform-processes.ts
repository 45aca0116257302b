import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PlatformTarget } from './platform-target';

/** The four subgraph services as their processes are named, and identity (inside the gateway). */
export const SERVICES = ['patient-intake', 'specialist-matching', 'billing', 'records'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type SubgraphName = ServiceName | 'identity';

/** How to start the platform for a benchmark. */
export interface PlatformOptions {
  repoRoot: string;
  target: PlatformTarget;
  /** the gateway's port; the subgraphs listen on the five after it (identity last) */
  basePort: number;
  /** command prefix that pins the processes to a CPU (e.g. `taskset -c 0`) */
  pin: string[];
  /** where each process's output goes (`<name>.log`) */
  logDir: string;
  /** `SEED_DEMO` (the services' demo data and accounts); default off */
  seedDemo?: boolean;
  /** extra environment for every process (e.g. LOG_LEVEL) */
  env?: NodeJS.ProcessEnv;
  /** run this script instead of a service's own `dist/main.js` (same environment) */
  replace?: Partial<Record<ServiceName, { script: string; nodeArgs?: string[] }>>;
  /** node options for the gateway's process (e.g. `--cpu-prof` to see where it spends) */
  gatewayNodeArgs?: string[];
  /** how long to wait for `/readyz` (ms) */
  readyTimeoutMs?: number;
}

/** The platform running as five processes. */
export interface RunningPlatform {
  /** the gateway, e.g. `http://127.0.0.1:15000` */
  origin: string;
  /** each subgraph's `/graphql` URL */
  urls: Record<SubgraphName, string>;
  /** each process by name (`gateway` and the four services) */
  processes: Record<string, ChildProcess>;
  /**
   * Signs in through `POST /auth/sign-in`.
   * @returns the bearer header and what the gateway answered (`account`)
   */
  signIn: (login: string, password: string) => Promise<SignedIn>;
  /** SIGTERM to every process, waits for them to exit (SIGKILL after 15 s) */
  stop: () => Promise<void>;
}

/** A signed-in actor. */
export interface SignedIn {
  authorization: string;
  account: { specialistId?: string | null; patientId?: string | null; roles?: string[] };
}

/**
 * Starts the four subgraphs and the gateway (with identity) as separate processes, as
 * `scripts/start.mjs` does but on the given ports and data, without the demo cases
 * (`SEED_DEMO_CASES=0`), and waits until the gateway's `/readyz` answers 200.
 * @param options - target, ports, pinning
 * @returns the running platform
 * @throws when it is not ready in time (with the tail of each process's log)
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  fs.mkdirSync(options.logDir, { recursive: true });
  const names: SubgraphName[] = [...SERVICES, 'identity'];
  const urls = Object.fromEntries(
    names.map((name, index) => [name, `http://127.0.0.1:${options.basePort + 1 + index}/graphql`]),
  ) as Record<SubgraphName, string>;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'info',
    ...options.env,
    PORT: String(options.basePort),
    HOST: '127.0.0.1',
    SEED_DEMO: options.seedDemo ? '1' : '0',
    SEED_DEMO_CASES: '0',
    EVENTS_TOKEN: randomBytes(24).toString('hex'),
    IDENTITY_JWKS_URL: urls.identity.replace(/\/graphql$/, '/.well-known/jwks.json'),
  };
  delete env['NODE_ENV'];
  delete env['DATABASE_URL'];
  delete env['DATA_DIR'];
  if (options.target.database === 'sqlite') env['DATA_DIR'] = options.target.dataDir;
  else env['DATABASE_URL'] = options.target.databaseUrl;
  names.forEach((name, index) => {
    const prefix = name.toUpperCase().replace(/-/g, '_');
    env[`${prefix}_PORT`] = String(options.basePort + 1 + index);
    env[`${prefix}_URL`] = urls[name];
  });

  const processes: Record<string, ChildProcess> = {};
  const exited = new Map<string, Promise<void>>();
  const launch = (name: string, script: string, nodeArgs: string[] = []): void => {
    const log = fs.openSync(path.join(options.logDir, `${name}.log`), 'a');
    const [command, ...prefix] = [...options.pin, process.execPath];
    const child = spawn(command!, [...prefix, ...nodeArgs, script], {
      env,
      stdio: ['ignore', log, log, 'ipc'],
    });
    fs.closeSync(log);
    processes[name] = child;
    exited.set(name, new Promise((resolve) => child.once('exit', () => resolve())));
  };
  for (const service of SERVICES) {
    const replacement = options.replace?.[service];
    launch(
      service,
      replacement?.script ?? path.join(options.repoRoot, 'services', service, 'dist', 'main.js'),
      replacement?.nodeArgs,
    );
  }
  launch(
    'gateway',
    path.join(options.repoRoot, 'gateway', 'dist', 'main.js'),
    options.gatewayNodeArgs,
  );

  const origin = `http://127.0.0.1:${options.basePort}`;
  const stop = async (): Promise<void> => {
    for (const child of Object.values(processes)) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    const killer = setTimeout(() => {
      for (const child of Object.values(processes)) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }, 15_000);
    await Promise.all(exited.values());
    clearTimeout(killer);
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  for (;;) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    const dead = Object.entries(processes).find(([, child]) => child.exitCode !== null);
    if (dead || Date.now() > deadline) {
      await stop();
      const tails = Object.keys(processes)
        .map((name) => {
          const text = fs.readFileSync(path.join(options.logDir, `${name}.log`), 'utf8');
          return `--- ${name}\n${text.slice(-2000)}`;
        })
        .join('\n');
      throw new Error(
        `the platform did not become ready on ${origin}${dead ? ` (${dead[0]} exited)` : ''}:\n${tails}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const signIn = async (login: string, password: string): Promise<SignedIn> => {
    const response = await fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const body = (await response.json()) as {
      accessToken?: string;
      account?: SignedIn['account'];
    };
    if (!response.ok || !body.accessToken) {
      throw new Error(`sign-in as ${login} failed: ${response.status} ${JSON.stringify(body)}`);
    }
    return { authorization: `Bearer ${body.accessToken}`, account: body.account ?? {} };
  };
  return { origin, urls, processes, signIn, stop };
}
