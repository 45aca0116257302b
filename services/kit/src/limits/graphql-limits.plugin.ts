import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GraphqlLimits } from './graphql-limits';
import { limitError } from './limit-rules';
import { queryCost } from './query-cost';

/** Options of graphqlLimitsPlugin. */
export interface GraphqlLimitsPluginOptions<TContext extends BaseContext> {
  limits: GraphqlLimits;
  /**
   * Who may introspect the schema: `everyone` (development), or `staff` (production: OWASP
   * GraphQL Cheat Sheet, "Introspection"), decided by isStaff.
   */
  introspection: 'everyone' | 'staff';
  /** whether the request's caller is staff (operations or compliance) */
  isStaff: (context: TContext) => boolean;
  /**
   * Whether the request is one of the service's own fixed queries (the gateway's exports read the
   * whole record as the caller), which no client can shape and so are not held to the cost limit
   */
  isOwnQuery?: (context: TContext) => boolean;
  /**
   * Stop resolving fields once the request has run for `limits.executionTimeoutMs` (subgraphs;
   * the gateway bounds its subgraph calls instead, see SubgraphDataSource).
   */
  fieldDeadline: boolean;
}

/** Whether a document asks for `__schema` or `__type` anywhere. */
export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The error for a request that ran out of time: its remaining fields are refused with it.
 * @param timeoutMs - the limit
 * @returns a GraphQLError with code EXECUTION_TIMEOUT
 */
export function executionTimeoutError(timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `The request ran longer than ${timeoutMs / 1000} s and was stopped; ask for less at a time.`,
    { extensions: { code: 'EXECUTION_TIMEOUT', limit: 'executionTimeoutMs', maximum: timeoutMs } },
  );
}

/**
 * Enforces the limits that need the request's variables or caller, after validation and before
 * anything runs: the estimated cost (query-cost.ts; 400 GRAPHQL_VALIDATION_FAILED naming the
 * cost and the maximum) and, in production, introspection for staff only (403 FORBIDDEN). With
 * `fieldDeadline`, fields that start after the execution timeout fail with EXECUTION_TIMEOUT,
 * so a runaway request ends instead of holding the process.
 * @param options - limits, introspection policy, staff check
 * @returns an Apollo Server plugin
 */
export function graphqlLimitsPlugin<TContext extends BaseContext>(
  options: GraphqlLimitsPluginOptions<TContext>,
): ApolloServerPlugin<TContext> {
  const { limits } = options;
  return {
    async requestDidStart() {
      const deadline = Date.now() + limits.executionTimeoutMs;
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          if (
            options.introspection === 'staff' &&
            asksForIntrospection(document) &&
            !options.isStaff(contextValue)
          ) {
            throw new GraphQLError('The schema can be introspected by staff only.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
          if (options.isOwnQuery?.(contextValue)) return;
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, request.operationName);
          } catch {
            // variables that do not fit the operation: Apollo refuses them next, naming the field
            return;
          }
          if (cost > limits.maxCost) {
            throw limitError(
              `The query's estimated cost ${cost} exceeds the maximum of ${limits.maxCost}; ask for fewer items (first) or fewer fields.`,
              'maxCost',
              limits.maxCost,
            );
          }
        },
        async executionDidStart() {
          if (!options.fieldDeadline) return;
          return {
            willResolveField() {
              if (Date.now() > deadline) throw executionTimeoutError(limits.executionTimeoutMs);
            },
          };
        },
      };
    },
  };
}
