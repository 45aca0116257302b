/** How many requests each kind of caller may make per window (fixed windows, counted per key). */
export interface RateLimitSettings {
  /** API requests per window from one client address (IPv6: one /56), signed in or not */
  perIp: number;
  /** API requests per window by one account (the verified access token's subject) */
  perAccount: number;
  /** API requests per window by one partner API client (the verified partner token's subject) */
  perPartner: number;
  /** the window, in milliseconds (60 000: limits are per minute) */
  windowMs: number;
}

/**
 * Production defaults. Per address it is generous, as a clinic or hospital may send all its
 * staff through one address; per account it is far above what a person clicking through the apps
 * sends (the demo seeding of `pnpm start` and the browser journey stay well below it), and per
 * partner client it allows a steady 5 requests a second.
 */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  perIp: 3000,
  perAccount: 600,
  perPartner: 300,
  windowMs: 60_000,
};

/** The environment variable of each per-minute limit. */
export const RATE_LIMIT_VARIABLES = {
  perIp: 'RATE_LIMIT_IP_PER_MINUTE',
  perAccount: 'RATE_LIMIT_ACCOUNT_PER_MINUTE',
  perPartner: 'RATE_LIMIT_PARTNER_PER_MINUTE',
} as const;

/**
 * Reads the per-minute limits from `RATE_LIMIT_IP_PER_MINUTE`, `RATE_LIMIT_ACCOUNT_PER_MINUTE`
 * and `RATE_LIMIT_PARTNER_PER_MINUTE` (whole numbers ≥ 1; unset: DEFAULT_RATE_LIMITS).
 * @param env - the environment
 * @returns the settings (window: one minute)
 * @throws Error naming the variable when one is not a whole number ≥ 1
 */
export function rateLimitSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const settings = { ...DEFAULT_RATE_LIMITS };
  for (const [field, variable] of Object.entries(RATE_LIMIT_VARIABLES)) {
    const given = env[variable]?.trim();
    if (!given) continue;
    if (!/^\d+$/.test(given) || Number(given) < 1 || !Number.isSafeInteger(Number(given))) {
      throw new Error(
        `${variable} must be a whole number of requests per minute, at least 1 (it is "${given}").`,
      );
    }
    settings[field as keyof typeof RATE_LIMIT_VARIABLES] = Number(given);
  }
  return settings;
}

/** Express's `trust proxy` values this platform accepts (hop count, or addresses and subnets). */
export type TrustProxy = number | string;

/**
 * Which proxies in front of the gateway may say who the client is (`X-Forwarded-For`), from
 * `TRUST_PROXY`: a number of hops (`1`: one load balancer or ingress in front), or a
 * comma-separated list of addresses, CIDR subnets or Express's names (`loopback`, `linklocal`,
 * `uniquelocal`). Unset: `loopback`, so the gateway's own export queries and a reverse proxy on
 * the same machine pass the client's address while no remote client can choose its own. The
 * client address decides the per-address rate limit and is what the audit and access logs record.
 * See https://expressjs.com/en/guide/behind-proxies.html.
 * @param env - the environment
 * @returns the value for `app.set('trust proxy', …)`
 * @throws Error naming TRUST_PROXY for `true` (every client could then pick its own address)
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): TrustProxy {
  const given = env['TRUST_PROXY']?.trim();
  if (!given) return 'loopback';
  if (/^\d+$/.test(given)) return Number(given);
  if (given === 'false') return 0;
  if (given === 'true') {
    throw new Error(
      'TRUST_PROXY=true would let any client choose its own address: give the number of proxies in front of the gateway (e.g. 1) or their addresses.',
    );
  }
  return given;
}
