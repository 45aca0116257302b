export {
  startGateway,
  SUPERGRAPH_PATH,
  type GatewayOptions,
  type RunningGateway,
} from './server/gateway-server';
export {
  subgraphUrlsFromEnv,
  SUBGRAPH_DEFAULTS,
  type SubgraphName,
} from './subgraphs/subgraph-urls';
export type { GatewayContext } from './server/gateway-context.type';
export { identity } from './identity/identity-service';
export { DEMO_ACCOUNTS, DEMO_PARTNER, DEMO_PASSWORD } from './identity/demo/demo-accounts';
export {
  SCENARIOS,
  type Scenario,
  type ScenarioRequest,
  type ScenarioRole,
  type ScenarioSubjects,
} from './performance/scenarios';
