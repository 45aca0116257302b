/** The subgraphs the gateway routes to, with their default local ports (DESIGN.md §3). */
export const SUBGRAPH_DEFAULTS = {
  'patient-intake': 'http://127.0.0.1:4001/graphql',
  'specialist-matching': 'http://127.0.0.1:4002/graphql',
  billing: 'http://127.0.0.1:4003/graphql',
  records: 'http://127.0.0.1:4004/graphql',
  identity: 'http://127.0.0.1:4005/graphql',
} as const;

/** A subgraph name as written in the supergraph. */
export type SubgraphName = keyof typeof SUBGRAPH_DEFAULTS;

/**
 * Subgraph URLs from the environment (`PATIENT_INTAKE_URL`, `SPECIALIST_MATCHING_URL`,
 * `BILLING_URL`, `RECORDS_URL`, `IDENTITY_URL`), else loopback on the service's `<SERVICE>_PORT`,
 * else the default ports 4001–4005.
 * @param env - environment to read (default `process.env`)
 * @returns a URL per subgraph
 */
export function subgraphUrlsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Record<SubgraphName, string> {
  const entries = Object.entries(SUBGRAPH_DEFAULTS).map(([name, fallback]) => {
    const prefix = name.toUpperCase().replace(/-/g, '_');
    const port = env[`${prefix}_PORT`];
    return [name, env[`${prefix}_URL`] ?? (port ? `http://127.0.0.1:${port}/graphql` : fallback)];
  });
  return Object.fromEntries(entries) as Record<SubgraphName, string>;
}
