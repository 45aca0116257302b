/**
 * One secret a process needs in production: the environment variable, the rule it must meet
 * (said in the refusal), and how to check a value.
 */
export interface SecretRule {
  /** the environment variable, e.g. `IDENTITY_SECRET` */
  variable: string;
  /** what a valid value is, e.g. `32+ random characters` */
  rule: string;
  /** whether a set value meets the rule (placeholders and development defaults are refused first) */
  isValid: (value: string) => boolean;
  /** values written in the source for development, refused in production */
  developmentDefaults?: readonly string[];
  /** when the secret is needed at all (default: always), e.g. only without NATS */
  neededWhen?: (env: NodeJS.ProcessEnv) => boolean;
  /** what the refusal says of a value isValid rejects (default `is not valid`) */
  invalidProblem?: string;
}

/** Thrown when `NODE_ENV=production` and a secret is missing, a default or too weak. */
export class ProductionSecretsError extends Error {
  /**
   * @param service - the process that refused to start
   * @param problems - one line per variable: `NAME: what is wrong (the rule)`
   */
  constructor(
    readonly service: string,
    readonly problems: readonly string[],
  ) {
    super(
      `${service} refuses to start in production (NODE_ENV=production) with missing or default ` +
        `secrets:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'ProductionSecretsError';
  }
}

/**
 * The example values of deploy/kubernetes/secrets.example.yaml (`replace…`, `change-me`): a
 * deployment that copied the example without replacing them is refused like a missing secret.
 */
const EXAMPLE_VALUE = /replace|change-me/i;

/**
 * A secret of at least 32 characters (RFC 2104 §3: an HMAC key shorter than the hash output,
 * 32 bytes for SHA-256, weakens it), neither a development default nor an example value.
 * @param variable - the environment variable
 * @param developmentDefaults - the values the source uses when it is unset
 * @param neededWhen - when it is needed (default: always)
 * @returns the rule
 */
export function randomSecret(
  variable: string,
  developmentDefaults: readonly string[] = [],
  neededWhen?: (env: NodeJS.ProcessEnv) => boolean,
): SecretRule {
  return {
    variable,
    rule: '32+ random characters',
    isValid: (value) => value.length >= 32,
    developmentDefaults,
    neededWhen,
  };
}

/**
 * A secret issued by someone else (a provider's API key), whose form is theirs: any value that is
 * set and is not the deployment example's.
 * @param variable - the environment variable
 * @param rule - where it comes from, e.g. `the key secret from Razorpay's dashboard`
 * @param neededWhen - when it is needed (default: always)
 * @returns the rule
 */
export function providedSecret(
  variable: string,
  rule: string,
  neededWhen?: (env: NodeJS.ProcessEnv) => boolean,
): SecretRule {
  return { variable, rule, isValid: () => true, neededWhen };
}

/**
 * A 256-bit key given as base64 (`openssl rand -base64 32`), for AES-256-GCM.
 * @param variable - the environment variable
 * @returns the rule
 */
export function base64Key256(variable: string): SecretRule {
  return {
    variable,
    rule: '32 random bytes in base64 (openssl rand -base64 32)',
    isValid: (value) =>
      /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32,
  };
}

/**
 * The token every service presents with events over the embedded HTTP transport (without it any
 * caller on the network could post events). With NATS (`NATS_URL`) the broker carries events and
 * the token is not used.
 */
export const EVENTS_TOKEN_RULE: SecretRule = randomSecret(
  'EVENTS_TOKEN',
  [],
  (env) => !env['NATS_URL'],
);

/** The demo data (`SEED_DEMO=1`) signs in with a published password and partner secret. */
export const NO_DEMO_ACCOUNTS_RULE: SecretRule = {
  variable: 'SEED_DEMO',
  rule: 'leave it unset: the demo accounts have a published password and partner secret',
  isValid: () => false,
  invalidProblem: 'is 1',
  neededWhen: (env) => env['SEED_DEMO'] === '1',
};

/** The rules every Consilium process (the gateway and each subgraph) checks in production. */
export const COMMON_SECRET_RULES: readonly SecretRule[] = [
  EVENTS_TOKEN_RULE,
  NO_DEMO_ACCOUNTS_RULE,
];

/**
 * What is wrong with the secrets in an environment, one line per variable (empty when all is
 * well). Checked whatever NODE_ENV says; see assertProductionSecrets.
 * @param rules - the secrets the process needs
 * @param env - the environment
 * @returns `NAME: problem (rule)` lines, in the order of the rules
 */
export function secretProblems(
  rules: readonly SecretRule[],
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const problems: string[] = [];
  for (const secret of rules) {
    if (secret.neededWhen && !secret.neededWhen(env)) continue;
    const value = env[secret.variable];
    const problem = !value
      ? 'not set'
      : secret.developmentDefaults?.includes(value)
        ? 'is the development default'
        : EXAMPLE_VALUE.test(value)
          ? 'is the example value from deploy/kubernetes/secrets.example.yaml'
          : secret.isValid(value)
            ? null
            : (secret.invalidProblem ?? 'is not valid');
    if (problem) problems.push(`${secret.variable}: ${problem} (${secret.rule})`);
  }
  return problems;
}

/**
 * Refuses to run in production (`NODE_ENV=production`) with a secret missing, left at its
 * development default or at the deployment example's value, or too weak; elsewhere does nothing.
 * @param service - the process, for the message
 * @param rules - the secrets it needs (add COMMON_SECRET_RULES)
 * @param env - the environment
 * @throws ProductionSecretsError naming every such variable and its rule
 */
export function assertProductionSecrets(
  service: string,
  rules: readonly SecretRule[],
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (env['NODE_ENV'] !== 'production') return;
  const problems = secretProblems(rules, env);
  if (problems.length > 0) throw new ProductionSecretsError(service, problems);
}
