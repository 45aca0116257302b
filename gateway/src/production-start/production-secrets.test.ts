import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

// Issue 12: in production (NODE_ENV=production) the gateway and every subgraph refuse to start
// while a secret is missing, left at its development default or at the deployment example's
// value, and say which variables, each with its rule.

const ROOT = path.resolve(__dirname, '../../..');
const PROCESSES = {
  gateway: 'gateway/dist/main.js',
  'patient-intake': 'services/patient-intake/dist/main.js',
  'specialist-matching': 'services/specialist-matching/dist/main.js',
  billing: 'services/billing/dist/main.js',
  records: 'services/records/dist/main.js',
} as const;
type ProcessName = keyof typeof PROCESSES;

/** Runs a process's main file with only the given environment; resolves when it exits. */
function run(
  name: ProcessName,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, PROCESSES[name])], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** The problem lines the refusal logged (`NAME: problem (rule)`). */
function problemsIn(output: string): string[] {
  const line = output.split('\n').find((text) => text.includes('ProductionSecretsError'));
  expect(line).toBeDefined();
  return (JSON.parse(line!) as { err: { problems: string[] } }).err.problems;
}

const variablesOf = (problems: string[]): string[] =>
  problems.map((problem) => problem.slice(0, problem.indexOf(':'))).sort();

describe('Production refuses to start with default secrets', () => {
  it('without any secret: each process exits 1 naming every variable it needs', async () => {
    const expected: Record<ProcessName, string[]> = {
      gateway: ['EVENTS_TOKEN', 'IDENTITY_SECRET'],
      'patient-intake': ['EVENTS_TOKEN', 'PATIENT_INTAKE_MASTER_KEY'],
      'specialist-matching': ['EVENTS_TOKEN'],
      billing: ['BILLING_LINK_SECRET', 'EVENTS_TOKEN', 'PAYMENT_PROVIDER'],
      records: ['EVENTS_TOKEN', 'RECORDS_MASTER_KEY'],
    };
    const results = await Promise.all(
      (Object.keys(PROCESSES) as ProcessName[]).map(async (name) => ({
        name,
        ...(await run(name, { NODE_ENV: 'production' })),
      })),
    );
    for (const { name, code, output } of results) {
      expect({ name, code }).toEqual({ name, code: 1 });
      expect({ name, variables: variablesOf(problemsIn(output)) }).toEqual({
        name,
        variables: expected[name],
      });
      expect(output).toContain(`${name} refuses to start in production`);
    }
  });

  it('with the development defaults, weak values or the demo accounts: says what is wrong with each', async () => {
    const { code, output } = await run('gateway', {
      NODE_ENV: 'production',
      IDENTITY_SECRET: 'consilium-development-identity-secret',
      EVENTS_TOKEN: 'short',
      SEED_DEMO: '1',
    });
    expect(code).toBe(1);
    expect(problemsIn(output)).toEqual([
      'IDENTITY_SECRET: is the development default (32+ random characters)',
      'EVENTS_TOKEN: is not valid (32+ random characters)',
      'SEED_DEMO: is 1 (leave it unset: the demo accounts have a published password and partner secret)',
    ]);

    const billing = await run('billing', {
      NODE_ENV: 'production',
      NATS_URL: 'nats://127.0.0.1:1', // events over NATS: no events token needed
      BILLING_LINK_SECRET: 'consilium-development-billing-link-secret',
      PAYMENT_PROVIDER: 'razorpay',
      RAZORPAY_KEY_ID: 'rzp_live_abc',
    });
    expect(billing.code).toBe(1);
    expect(problemsIn(billing.output)).toEqual([
      'BILLING_LINK_SECRET: is the development default (32+ random characters)',
      "RAZORPAY_KEY_SECRET: not set (the key secret from Razorpay's dashboard)",
      "RAZORPAY_WEBHOOK_SECRET: not set (the webhook secret set in Razorpay's dashboard)",
    ]);

    const records = await run('records', {
      NODE_ENV: 'production',
      EVENTS_TOKEN: 'x'.repeat(32),
      RECORDS_MASTER_KEY: Buffer.alloc(16).toString('base64'),
    });
    expect(problemsIn(records.output)).toEqual([
      'RECORDS_MASTER_KEY: is not valid (32 random bytes in base64 (openssl rand -base64 32))',
    ]);
  });

  it('with the example values of deploy/kubernetes/secrets.example.yaml: refuses every one it needs', async () => {
    const example = parseDocument(
      fs.readFileSync(path.join(ROOT, 'deploy/kubernetes/secrets.example.yaml'), 'utf8'),
    ).toJS() as { stringData: Record<string, string> };
    const env = { NODE_ENV: 'production', PAYMENT_PROVIDER: 'razorpay', ...example.stringData };
    const [gateway, billing] = await Promise.all([run('gateway', env), run('billing', env)]);
    expect(gateway.code).toBe(1);
    expect(problemsIn(gateway.output)).toEqual([
      'IDENTITY_SECRET: is the example value from deploy/kubernetes/secrets.example.yaml (32+ random characters)',
      'EVENTS_TOKEN: is the example value from deploy/kubernetes/secrets.example.yaml (32+ random characters)',
    ]);
    expect(billing.code).toBe(1);
    expect(variablesOf(problemsIn(billing.output))).toEqual([
      'BILLING_LINK_SECRET',
      'EVENTS_TOKEN',
      'RAZORPAY_KEY_ID',
      'RAZORPAY_KEY_SECRET',
      'RAZORPAY_WEBHOOK_SECRET',
    ]);
  });
});
