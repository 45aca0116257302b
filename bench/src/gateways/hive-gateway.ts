import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Which Hive Gateway: the default runtime, or with the Rust query planner. */
export type HiveFlavour = 'default' | 'rust';

/** A Hive Gateway process. */
export interface RunningHive {
  /** e.g. `http://127.0.0.1:15010/graphql` */
  url: string;
  stop: () => Promise<void>;
}

/**
 * Writes the committed supergraph with each `@join__graph(… url: …)` pointing at this run's
 * subgraphs.
 * @param supergraphSdl - the committed supergraph
 * @param urls - each subgraph's URL by its name in the supergraph
 * @returns the rewritten SDL
 * @throws when a subgraph of the supergraph has no URL
 */
export function rewriteSubgraphUrls(supergraphSdl: string, urls: Record<string, string>): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g,
    (_match, name: string) => {
      const url = urls[name];
      if (!url) throw new Error(`no URL for subgraph ${name}`);
      return `@join__graph(name: "${name}", url: "${url}")`;
    },
  );
}

/**
 * Starts Hive Gateway (`@graphql-hive/gateway-runtime`'s createGatewayRuntime) in its own process
 * over the committed supergraph with this run's subgraph URLs, forwarding `authorization`.
 * @param options - repository root, port, flavour, URLs, pinning prefix, scratch folder
 * @returns the running gateway once it listens
 */
export async function startHiveGateway(options: {
  repoRoot: string;
  port: number;
  flavour: HiveFlavour;
  urls: Record<string, string>;
  pin: string[];
  workDir: string;
}): Promise<RunningHive> {
  const sdl = fs.readFileSync(path.join(options.repoRoot, 'schema', 'supergraph.graphql'), 'utf8');
  const file = path.join(options.workDir, `supergraph-${options.flavour}.graphql`);
  fs.writeFileSync(file, rewriteSubgraphUrls(sdl, options.urls));
  const log = fs.openSync(path.join(options.workDir, `hive-${options.flavour}.log`), 'a');
  const [command, ...prefix] = [...options.pin, process.execPath];
  const child: ChildProcess = spawn(
    command!,
    [...prefix, path.join(__dirname, 'hive-gateway-main.js')],
    {
      env: {
        ...process.env,
        HIVE_PORT: String(options.port),
        HIVE_SUPERGRAPH: file,
        HIVE_RUST_PLANNER: options.flavour === 'rust' ? '1' : '0',
      },
      stdio: ['ignore', log, log, 'ipc'],
    },
  );
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) =>
      reject(new Error(`Hive Gateway (${options.flavour}) exited with ${code}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${options.port}/graphql`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
