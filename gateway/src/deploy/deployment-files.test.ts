import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { billing } from '@consilium/billing';
import { patientIntake } from '@consilium/patient-intake';
import { records } from '@consilium/records';
import { specialistMatching } from '@consilium/specialist-matching';

// Issue 10 (README: replicas behind a load balancer): the Kubernetes files in deploy/ are checked
// as far as this machine allows (no cluster, no Docker engine): they parse, run the commands the
// build makes, on the ports the services listen on, with two replicas each, probes the processes
// answer, and only settings the code reads, every secret production insists on included.

const ROOT = path.resolve(__dirname, '../../..');
const KUBERNETES = path.join(ROOT, 'deploy', 'kubernetes');

interface Manifest {
  kind: string;
  metadata: { name: string };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  resources?: string[];
}
interface Container {
  command: string[];
  ports: { name: string; containerPort: number }[];
  env: { name: string; value?: string; valueFrom?: { secretKeyRef: { key: string } } }[];
  readinessProbe: { httpGet: { path: string } };
  livenessProbe: { httpGet: { path: string } };
}

const read = (file: string): Manifest[] =>
  parseAllDocuments(fs.readFileSync(path.join(KUBERNETES, file), 'utf8')).map((document) => {
    expect(document.errors).toEqual([]);
    return document.toJS() as Manifest;
  });

const kustomization = read('kustomization.yaml')[0]!;
const manifests = kustomization.resources!.flatMap(read);
const secret = read('secrets.example.yaml')[0]!;
const config = manifests.find((manifest) => manifest.kind === 'ConfigMap')!;
const deployments = manifests.filter((manifest) => manifest.kind === 'Deployment');
const containerOf = (deployment: Manifest): Container =>
  (deployment.spec as { template: { spec: { containers: Container[] } } }).template.spec
    .containers[0]!;

const PORTS: Record<string, number> = {
  'consilium-gateway': 4000,
  'consilium-patient-intake': patientIntake.definition.defaultPort,
  'consilium-specialist-matching': specialistMatching.definition.defaultPort,
  'consilium-billing': billing.definition.defaultPort,
  'consilium-records': records.definition.defaultPort,
};
const SERVICE_PREFIXES = [
  'PATIENT_INTAKE',
  'SPECIALIST_MATCHING',
  'BILLING',
  'RECORDS',
  'IDENTITY',
];

/** The text of every source file of the services and the gateway (tests left out). */
function sourceText(): string {
  const files = [path.join(ROOT, 'gateway', 'src')]
    .concat(
      fs
        .readdirSync(path.join(ROOT, 'services'))
        .map((name) => path.join(ROOT, 'services', name, 'src')),
    )
    .flatMap((directory) =>
      fs
        .readdirSync(directory, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /(?<!\.test)\.ts$/.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name)),
    );
  return files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}

describe('The Kubernetes deployment files', () => {
  it('run a Deployment, a Service and a disruption budget for the gateway and each subgraph', () => {
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(
      Object.keys(PORTS).sort(),
    );
    for (const kind of ['Service', 'PodDisruptionBudget']) {
      expect(
        manifests
          .filter((manifest) => manifest.kind === kind)
          .map((manifest) => manifest.metadata.name)
          .sort(),
      ).toEqual(Object.keys(PORTS).sort());
    }
  });

  it('start what the build makes, on each service’s port, at least two replicas, with probes it answers', () => {
    for (const deployment of deployments) {
      const container = containerOf(deployment);
      const name = deployment.metadata.name;
      expect({ name, replicas: (deployment.spec as { replicas: number }).replicas >= 2 }).toEqual({
        name,
        replicas: true,
      });
      expect(container.command[0]).toBe('node');
      expect(fs.existsSync(path.join(ROOT, container.command[1]!))).toBe(true);
      expect(container.ports[0]).toEqual({ name: 'http', containerPort: PORTS[name] });
      for (const probe of [container.readinessProbe, container.livenessProbe]) {
        expect(['/healthz', '/readyz']).toContain(probe.httpGet.path);
      }
    }
  });

  it('point the gateway and the subgraphs at Services that exist, on their ports', () => {
    const urls = Object.entries(config.data!).filter(([name]) => name.endsWith('_URL'));
    for (const [name, value] of urls.filter(([, value]) => value.includes('consilium-'))) {
      const url = new URL(value);
      expect({ name, port: Number(url.port) }).toEqual({ name, port: PORTS[url.hostname] });
    }
  });

  it('set only settings the code reads, and give every service the secrets production requires', () => {
    const source = sourceText();
    const names = new Set<string>([
      ...Object.keys(config.data!),
      ...deployments.flatMap((deployment) =>
        containerOf(deployment).env.map((entry) => entry.name),
      ),
      ...Object.keys(secret.stringData!),
    ]);
    const unread = [...names].filter((name) => {
      if (name.startsWith('AWS_')) return false; // read by the AWS SDK
      if (source.includes(`'${name}'`)) return false;
      // e.g. PATIENT_INTAKE_DATABASE_URL, read as `${prefix}_DATABASE_URL`
      const prefix = SERVICE_PREFIXES.find((candidate) => name.startsWith(`${candidate}_`));
      return !(prefix && source.includes(`}${name.slice(prefix.length)}\``));
    });
    expect(unread).toEqual([]);
    const secretsOf = (name: string): string[] =>
      containerOf(deployments.find((deployment) => deployment.metadata.name === name)!)
        .env.filter((entry) => entry.valueFrom)
        .map((entry) => entry.valueFrom!.secretKeyRef.key);
    for (const deployment of deployments) {
      for (const key of secretsOf(deployment.metadata.name)) {
        expect(Object.keys(secret.stringData!)).toContain(key);
      }
    }
    expect(secretsOf('consilium-gateway')).toEqual(expect.arrayContaining(['IDENTITY_SECRET']));
    expect(secretsOf('consilium-billing')).toEqual(
      expect.arrayContaining([
        'BILLING_LINK_SECRET',
        'RAZORPAY_KEY_SECRET',
        'RAZORPAY_WEBHOOK_SECRET',
      ]),
    );
    expect(secretsOf('consilium-records')).toEqual(expect.arrayContaining(['RECORDS_MASTER_KEY']));
    expect(secretsOf('consilium-patient-intake')).toEqual(
      expect.arrayContaining(['PATIENT_INTAKE_MASTER_KEY']),
    );
    expect(config.data!['NODE_ENV']).toBe('production');
  });

  it('build the image with the pinned pnpm and Node 20', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, 'deploy', 'Dockerfile'), 'utf8');
    const pinned = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        packageManager: string;
      }
    ).packageManager;
    expect(dockerfile).toContain(`pnpm@${pinned.split('@')[1]}`);
    expect(dockerfile).toMatch(/^FROM node:20[.\d]*-bookworm-slim/m);
  });
});
