export {
  GATEWAY_LIMITS,
  SUBGRAPH_LIMITS,
  limitsFromEnv,
  type GraphqlLimits,
} from './graphql-limits';
export { limitValidationRules, limitError, type LimitName } from './limit-rules';
export { DEFAULT_LIST_SIZE, FIELD_COSTS, listAwareEstimator, queryCost } from './query-cost';
export {
  asksForIntrospection,
  executionTimeoutError,
  graphqlLimitsPlugin,
  type GraphqlLimitsPluginOptions,
} from './graphql-limits.plugin';
export { limitServerOptions } from './limit-server-options';
