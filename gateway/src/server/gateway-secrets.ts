import { COMMON_SECRET_RULES, randomSecret, type SecretRule } from '@consilium/subgraph-kit';
import { DEVELOPMENT_IDENTITY_SECRET } from '../identity/identity-secret';

/**
 * The secrets the gateway process (with identity in it) refuses to run without in production:
 * IDENTITY_SECRET, and those every process needs (EVENTS_TOKEN without NATS, no demo accounts).
 */
export const GATEWAY_SECRETS: readonly SecretRule[] = [
  randomSecret('IDENTITY_SECRET', [DEVELOPMENT_IDENTITY_SECRET]),
  ...COMMON_SECRET_RULES,
];
