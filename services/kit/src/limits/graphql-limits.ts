/**
 * The limits every GraphQL request must stay within (issue 12, OWASP GraphQL Cheat Sheet,
 * "Denial of Service"). The gateway applies {@link GATEWAY_LIMITS}; each subgraph applies
 * {@link SUBGRAPH_LIMITS}, a little wider, because the gateway's own query plans (one
 * `_entities` call per hop, planner aliases) add a level or two to what a client sent.
 * `graphql-limits.test.ts` in the gateway checks that every operation the apps and the partner
 * client send stays within the gateway's limits.
 */
export interface GraphqlLimits {
  /** deepest field nesting, the root field counting 1 (introspection fields not counted) */
  maxDepth: number;
  /** aliased fields in one operation, fragments included (`__typename` not counted) */
  maxAliases: number;
  /** directives in one operation, fragments included */
  maxDirectives: number;
  /** lexical tokens in the document (graphql-js `parse` option `maxTokens`) */
  maxTokens: number;
  /** most times one response key may be asked for in one selection set */
  maxSameField: number;
  /** validation stops after this many errors (graphql-cop "directive overloading") */
  maxValidationErrors: number;
  /** highest estimated cost (see query-cost.ts) */
  maxCost: number;
  /** how long one request may execute before its remaining fields are refused (ms) */
  executionTimeoutMs: number;
}

/** The numbers of the gateway (a client's request). */
export const GATEWAY_LIMITS: GraphqlLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxTokens: 10_000,
  maxSameField: 3,
  maxValidationErrors: 5,
  maxCost: 20_000,
  executionTimeoutMs: 20_000,
};

/** The numbers of a subgraph (the gateway's query plans, or a caller reaching it directly). */
export const SUBGRAPH_LIMITS: GraphqlLimits = {
  maxDepth: GATEWAY_LIMITS.maxDepth + 3,
  maxAliases: GATEWAY_LIMITS.maxAliases * 2,
  maxDirectives: GATEWAY_LIMITS.maxDirectives * 2,
  maxTokens: GATEWAY_LIMITS.maxTokens * 2,
  maxSameField: GATEWAY_LIMITS.maxSameField,
  maxValidationErrors: GATEWAY_LIMITS.maxValidationErrors,
  maxCost: GATEWAY_LIMITS.maxCost * 2,
  executionTimeoutMs: 10_000,
};

/**
 * The limits with the execution timeout taken from `GRAPHQL_EXECUTION_TIMEOUT_MS` when set.
 * @param defaults - GATEWAY_LIMITS or SUBGRAPH_LIMITS
 * @param env - the environment
 * @returns the limits in force
 * @throws Error when the variable is set but not a positive whole number of milliseconds
 */
export function limitsFromEnv(
  defaults: GraphqlLimits,
  env: NodeJS.ProcessEnv = process.env,
): GraphqlLimits {
  const given = env['GRAPHQL_EXECUTION_TIMEOUT_MS'];
  if (given === undefined || given === '') return defaults;
  const timeout = Number(given);
  if (!Number.isInteger(timeout) || timeout <= 0) {
    throw new Error(
      `GRAPHQL_EXECUTION_TIMEOUT_MS must be a whole number of ms above 0, not "${given}".`,
    );
  }
  return { ...defaults, executionTimeoutMs: timeout };
}
