import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import type { BenchOptions, BenchSection, SectionResult } from '../report/result.types';
import { cpuPinning } from '../platform/cpu-pinning';
import { startPlatform } from '../platform/platform-processes';
import { dropDatabases, freshDatabaseUrl } from '../platform/postgres-databases';
import type { PlatformTarget } from '../platform/platform-target';
import { formatSpread, spreadOf } from '../load/spread';
import { writeLargePdf } from './pdf-file';

// The platform's public API client that `pnpm start`'s demo uses (sign-up with the Mailbox code).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DemoApi } = require('@consilium/gateway/dist/demo/demo-api') as {
  DemoApi: new (origin: string) => DemoApiClient;
};
interface DemoApiClient {
  graphql<T>(token: string | null, query: string, variables?: object): Promise<T>;
  signIn(login: string): Promise<string>;
  signUpPatient(
    ops: string,
    login: string,
    name: string,
    language: string,
  ): Promise<{ token: string; patientId: string }>;
}

/** The gateway's port for this section (the subgraphs on the five after it). */
const BASE_PORT = 15020;
const SIZES_MB = [5, 25];
/** Records service heap growth for a 25 MB file (issue 11). */
const HEAP_TARGET_MB = 30;

const mib = (bytes: number): number => bytes / 1024 / 1024;

/** PUTs a file from disk, streamed (the sender holds one chunk at a time). */
function put(url: string, file: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'PUT',
      headers: { 'content-length': String(size), 'content-type': 'application/pdf' },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    fs.createReadStream(file).pipe(request);
  });
}

/** Asks the records heap probe something over IPC and waits for its answer. */
function ask(
  child: ChildProcess,
  message: 'reset' | 'peak',
): Promise<{ baseline: number; peak?: number }> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as { baseline: number; peak?: number }));
    child.send(message);
  });
}

async function measure(options: BenchOptions): Promise<SectionResult> {
  const database = options.databases[0] ?? 'sqlite';
  const workDir = path.join(options.workDir, 'uploads');
  fs.mkdirSync(workDir, { recursive: true });
  const postgres = database === 'postgres' ? freshDatabaseUrl() : undefined;
  const target: PlatformTarget = postgres
    ? { database: 'postgres', databaseUrl: postgres.databaseUrl }
    : { database: 'sqlite', dataDir: path.join(workDir, 'data') };
  const pinning = cpuPinning();
  const platform = await startPlatform({
    repoRoot: options.repoRoot,
    target,
    basePort: BASE_PORT,
    pin: pinning.platform,
    logDir: path.join(workDir, 'logs'),
    seedDemo: true,
    env: { RECORDS_FILES_DIR: path.join(workDir, 'files'), LOG_LEVEL: 'warn' },
    replace: {
      records: { script: path.join(__dirname, 'records-heap-probe.js'), nodeArgs: ['--expose-gc'] },
    },
  });
  try {
    const api = new DemoApi(platform.origin);
    const ops = await api.signIn('ops@consilium.example');
    const patient = await api.signUpPatient(
      ops,
      'bench.uploads@example.org',
      'Bench Uploads',
      'en',
    );
    await api.graphql(
      patient.token,
      `mutation ($id: ID!, $p: PatientRegistrationInput!) { registerPatient(patientId: $id, patient: $p) { id } }`,
      {
        id: patient.patientId,
        p: {
          fullName: 'Bench Uploads',
          birthDate: '1970-01-01',
          gender: 'FEMALE',
          phone: '+919000009999',
        },
      },
    );
    const records = platform.processes['records']!;
    const figures: Record<
      string,
      { mbPerSecond: ReturnType<typeof spreadOf>; heapGrowthMb: ReturnType<typeof spreadOf> }
    > = {};
    for (const megabytes of SIZES_MB) {
      const file = path.join(workDir, `${megabytes}mb.pdf`);
      const size = writeLargePdf(file, megabytes);
      const speeds: number[] = [];
      const growths: number[] = [];
      for (let run = 0; run < options.runs; run += 1) {
        const started = await api.graphql<{ startCase: { id: string } }>(
          patient.token,
          `mutation ($p: ID!, $k: ID!) { startCase(patientId: $p, idempotencyKey: $k) { id } }`,
          { p: patient.patientId, k: randomUUID() },
        );
        // records learns of the case through an event: ask until it has
        let ticket: { uploadId: string; uploadUrl: string } | undefined;
        for (let attempt = 0; !ticket; attempt += 1) {
          try {
            ticket = (
              await api.graphql<{ requestUpload: { uploadId: string; uploadUrl: string } }>(
                patient.token,
                `mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl } }`,
                {
                  input: {
                    caseId: started.startCase.id,
                    fileName: `scan ${megabytes} MB.pdf`,
                    contentType: 'application/pdf',
                    byteSize: size,
                    kind: 'OTHER',
                  },
                },
              )
            ).requestUpload;
          } catch (error) {
            if (attempt >= 100) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        const { baseline } = await ask(records, 'reset');
        const t0 = performance.now();
        const status = await put(`${platform.origin}${ticket.uploadUrl}`, file, size);
        const completed = await api.graphql<{ completeUpload: { size: number } }>(
          patient.token,
          `mutation ($id: ID!) { completeUpload(uploadId: $id) { id size } }`,
          { id: ticket.uploadId },
        );
        const seconds = (performance.now() - t0) / 1000;
        const { peak } = await ask(records, 'peak');
        if (status !== 200 || completed.completeUpload.size !== size) {
          throw new Error(`upload of ${megabytes} MB failed: ${status}`);
        }
        speeds.push(mib(size) / seconds);
        growths.push(mib((peak ?? baseline) - baseline));
      }
      figures[`${megabytes}MB`] = {
        mbPerSecond: spreadOf(speeds),
        heapGrowthMb: spreadOf(growths),
      };
    }
    const growth25 = figures['25MB']!.heapGrowthMb;
    const met = growth25.max < HEAP_TARGET_MB;
    return {
      id: 'uploads',
      title: '5. Uploads',
      intro:
        'A report is uploaded as the patient app does it: `requestUpload` through the gateway, ' +
        'then the file PUT to the same-origin upload URL the gateway answers (the records ' +
        "service streams it to disk, hashed and encrypted on the way, never buffered whole; a PDF's text is " +
        'read later, outside the request, in a worker thread with its own 256 MB heap limit), ' +
        'then `completeUpload`. The file is a 5 MB and a 25 MB (the limit) PDF sent from disk, ' +
        `one upload at a time, ${options.runs} of each. Throughput is the file's size over the ` +
        "time from the PUT to `completeUpload`'s answer; heap growth is the records service's " +
        'peak V8 heap (sampled every 2 ms in its own process) over its heap after a forced ' +
        `garbage collection just before the upload. On ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}; ${pinning.description}.`,
      tables: [
        {
          caption: 'Uploads (median (min–max))',
          columns: ['file', 'MB/s', 'records heap growth, MB', `target`],
          rows: SIZES_MB.map((megabytes) => {
            const f = figures[`${megabytes}MB`]!;
            return [
              `${megabytes} MB PDF`,
              formatSpread(f.mbPerSecond, 1),
              formatSpread(f.heapGrowthMb, 1),
              megabytes === 25 ? `< ${HEAP_TARGET_MB} MB ${met ? '✓' : '✗'}` : '—',
            ];
          }),
        },
      ],
      notes: met
        ? []
        : [
            `25 MB upload: records heap growth up to ${growth25.max.toFixed(1)} MB ≥ ${HEAP_TARGET_MB} MB (target missed).`,
          ],
      data: { database, figures },
    };
  } finally {
    await platform.stop();
    if (postgres) dropDatabases(postgres.base);
  }
}

/** Scenario 5: 5 MB and 25 MB PDF uploads, throughput and the records service's heap. */
export const uploadsSection: BenchSection = {
  name: 'uploads',
  run: async (options) => [await measure(options)],
};
