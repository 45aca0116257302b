// The load generator's process (pinned to its own CPU by the parent): measures the jobs the parent
// sends over IPC, one at a time, and answers each with a LoadRun.
import autocannon from 'autocannon';
import http from 'node:http';
import type { LoadJob, LoadRequest, LoadRun, LoadStep } from './load-job.types';
import { percentile } from './percentiles';

/** Whether an answer failed: not 2xx, or a GraphQL answer with `errors`. */
function failed(status: number, body: string): boolean {
  return status < 200 || status >= 300 || body.includes('"errors":');
}

function summarise(
  latencies: number[],
  seconds: number,
  errors: number,
  firstError?: string,
): LoadRun {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    completed: latencies.length,
    errors,
    firstError,
  };
}

async function runAutocannon(job: Extract<LoadJob, { kind: 'autocannon' }>): Promise<LoadRun> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const result = await autocannon({
    url: job.request.url,
    method: 'POST',
    connections: job.connections,
    duration: job.seconds,
    headers: job.request.headers,
    requests: [
      {
        method: 'POST',
        body: job.request.body,
        setupRequest: (request, context) => {
          (context as { t0?: number }).t0 = performance.now();
          return request;
        },
        onResponse: (status, body, context) => {
          latencies.push(performance.now() - (context as { t0: number }).t0);
          if (failed(status, body)) {
            errors += 1;
            firstError ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const run = summarise(latencies, seconds, errors + result.errors + result.timeouts, firstError);
  return run;
}

/** Keep-alive connections to each subgraph, as the gateway keeps them. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function send(request: LoadRequest): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      request.url,
      {
        method: 'POST',
        agent,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          resolve(failed(status, body) ? `${status} ${body.slice(0, 300)}` : undefined);
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** Runs steps one after another; returns the first failure. */
async function runSteps(steps: LoadStep[]): Promise<string | undefined> {
  let problem: string | undefined;
  for (const step of steps) {
    const answers =
      'parallel' in step
        ? await Promise.all(step.parallel.map((sequence) => runSteps(sequence)))
        : [await send(step)];
    problem ??= answers.find((answer) => answer !== undefined);
  }
  return problem;
}

async function runReplay(job: Extract<LoadJob, { kind: 'replay' }>): Promise<LoadRun> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const until = started + job.seconds * 1000;
  const user = async (): Promise<void> => {
    while (performance.now() < until) {
      const t0 = performance.now();
      let problem: string | undefined;
      try {
        problem = await runSteps(job.steps);
      } catch (error) {
        problem = String(error);
      }
      latencies.push(performance.now() - t0);
      if (problem) {
        errors += 1;
        firstError ??= problem;
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, user));
  const seconds = (performance.now() - started) / 1000;
  return summarise(latencies, seconds, errors, firstError);
}

process.on('message', (message: { id: number; job: LoadJob }) => {
  const run =
    message.job.kind === 'autocannon' ? runAutocannon(message.job) : runReplay(message.job);
  run.then(
    (result) => process.send?.({ id: message.id, result }),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
